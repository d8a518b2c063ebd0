package co.encadena.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.support.IntegrationTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, tokens and their rejection, against the real database. */
@IntegrationTest
class AuthenticationIT {

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Value("${encadena.security.jwt-secret}")
    String secret;

    private final HttpClient http = HttpClient.newHttpClient();
    private String email;
    private final String password = "Contraseña-segura-2026";

    @BeforeEach
    void createUser() {
        email = "persona-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Persona de Prueba", Role.ADMIN, null, password);
    }

    @Test
    void aUserLogsInAndTheAccessTokenIdentifiesThem() throws Exception {
        HttpResponse<String> login = login(email, password);
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("\"expiresIn\":900"), login.body());
        HttpResponse<String> me = get("/api/v1/me", field(login.body(), "accessToken"));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"email\":\"" + email + "\"") && me.body().contains("\"role\":\"ADMIN\""), me.body());
    }

    @Test
    void theEmailIsCaseInsensitive() throws Exception {
        assertEquals(200, login("  " + email.toUpperCase() + " ", password).statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = login(email, "otra-contraseña-cualquiera");
        HttpResponse<String> unknown = login("nadie-" + UUID.randomUUID() + "@example.co", "otra-contraseña-cualquiera");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.body().replaceAll("\"instance\":\"[^\"]*\"", ""),
                unknown.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        assertTrue(wrong.body().contains("Correo o contraseña incorrectos"), wrong.body());
    }

    @Test
    void withoutATokenAProtectedEndpointAnswers401ProblemJson() throws Exception {
        HttpResponse<String> r = get("/api/v1/me", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        assertTrue(r.body().contains("iniciar sesión"), r.body());
    }

    @Test
    void aTamperedTokenIsRejected() throws Exception {
        String token = field(login(email, password).body(), "accessToken");
        String[] parts = token.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"" + UUID.randomUUID() + "\",\"roles\":[\"ADMIN\"],\"exp\":4102444800}").getBytes());
        assertEquals(401, get("/api/v1/me", parts[0] + "." + forgedClaims + "." + parts[2]).statusCode());
    }

    @Test
    void anUnsignedTokenWithAlgorithmNoneIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
                .claim("roles", List.of("ADMIN")).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        assertEquals(401, get("/api/v1/me", new PlainJWT(claims).serialize()).statusCode());
    }

    @Test
    void anExpiredTokenIsRejectedEvenWhenCorrectlySigned() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
                .claim("roles", List.of("ADMIN")).expirationTime(new Date(System.currentTimeMillis() - 60_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes()));
        assertEquals(401, get("/api/v1/me", jwt.serialize()).statusCode());
    }

    @Test
    void aRefreshTokenWorksExactlyOnce() throws Exception {
        String refresh = field(login(email, password).body(), "refreshToken");
        HttpResponse<String> first = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertEquals(200, first.statusCode(), first.body());
        assertNotEquals(refresh, field(first.body(), "refreshToken"));
        HttpResponse<String> again = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertEquals(401, again.statusCode());
        assertTrue(again.body().contains("Inicie sesión de nuevo"), again.body());
    }

    @Test
    void loggingOutRevokesTheRefreshToken() throws Exception {
        String body = login(email, password).body();
        String refresh = field(body, "refreshToken");
        HttpResponse<String> logout = post("/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}",
                field(body, "accessToken"));
        assertEquals(204, logout.statusCode(), logout.body());
        assertEquals(401, post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null).statusCode());
    }

    @Test
    void aLoginWithoutPasswordSaysWhichFieldIsMissing() throws Exception {
        HttpResponse<String> r = post("/api/v1/auth/login", "{\"email\":\"" + email + "\"}", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"field\":\"password\""), r.body());
        assertFalse(r.body().contains("accessToken"));
    }

    private HttpResponse<String> login(String mail, String pw) throws Exception {
        return post("/api/v1/auth/login", "{\"email\":\"" + mail + "\",\"password\":\"" + pw + "\"}", null);
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), () -> name + " missing in " + json);
        return m.group(1);
    }
}
