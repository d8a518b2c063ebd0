package co.encadena.api.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.matching.identity.Nit;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization matrix, generated from the application's own route list: every {@code /api} route × every
 * kind of caller (anonymous, mipyme, anchor, organizer, administrator; owner and non-owner where the route
 * names a resource), against the expectations in {@code authorization-matrix.csv}. A route without a row fails
 * the build, so no endpoint ships without a decided rule.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    enum Actor { ANONYMOUS, SUPPLIER, ANCHOR, ORGANIZER, ADMIN }

    record Row(String method, String path, Map<Actor, Character> expected) {
        String key() {
            return method + " " + path;
        }
    }

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    private Api api;
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private final Map<Actor, UUID> organizationsOf = new EnumMap<>(Actor.class);
    private Map<String, Row> matrix;

    @BeforeAll
    void actors() throws Exception {
        api = new Api(server.getPort());
        matrix = readMatrix();
        Random random = new Random();
        for (Actor actor : List.of(Actor.SUPPLIER, Actor.ANCHOR, Actor.ORGANIZER)) {
            String nit = actor == Actor.ORGANIZER ? null
                    : Nit.ofNumber(String.valueOf(500_000_000 + random.nextInt(99_999_999))).toString();
            UUID org = organizations.insert(actor.name(), nit, "Matriz " + actor, actor == Actor.ANCHOR ? "NACIONAL" : null).id();
            organizationsOf.put(actor, org);
        }
        for (Actor actor : List.of(Actor.SUPPLIER, Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN)) {
            String email = "matriz-" + actor.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.co";
            creatingUser.create(email, "Matriz " + actor, Role.valueOf(actor.name()), organizationsOf.get(actor),
                    "Clave de la matriz 2026", true, true);
            tokens.put(actor, api.login(email, "Clave de la matriz 2026"));
        }
    }

    @Test
    void everyApiRouteHasADecidedRule() {
        Set<String> missing = new TreeSet<>();
        for (String route : apiRoutes()) {
            if (!matrix.containsKey(route)) {
                missing.add(route);
            }
        }
        assertTrue(missing.isEmpty(), "routes without a row in authorization-matrix.csv: " + missing);
        Set<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(apiRoutes());
        assertTrue(stale.isEmpty(), "rows for routes that no longer exist: " + stale);
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = new ArrayList<>(matrix.values());
        // destructive self-service last: erasing one's own data ends that caller's session
        rows.sort(Comparator.comparing(r -> r.method().equals("DELETE") && r.path().equals("/api/v1/me")));
        for (Row row : rows) {
            for (Actor actor : Actor.values()) {
                char expected = row.expected().get(actor);
                if (expected == 'O') {
                    continue; // ownership rows are exercised by the feature tests with real fixtures
                }
                HttpResponse<String> r = call(row, actor);
                boolean refused = r.statusCode() == 401 || r.statusCode() == 403
                        || (expected == 'D' && r.statusCode() == 404 && actor != Actor.ANONYMOUS);
                boolean ok = expected == 'A' ? !(r.statusCode() == 401 || r.statusCode() == 403) && r.statusCode() < 500
                        : refused && (actor != Actor.ANONYMOUS || r.statusCode() == 401);
                if (!ok) {
                    wrong.add(row.key() + " as " + actor + ": expected " + (expected == 'A' ? "allowed" : "denied")
                            + ", got " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " authorization mismatches:\n" + String.join("\n", wrong));
        }
    }

    private HttpResponse<String> call(Row row, Actor actor) {
        String path = row.path()
                .replace("{code}", row.path().contains("departments") ? "05" : "05001")
                .replace("{id}", UUID.randomUUID().toString());
        // other variables: the first of a fixed set of values ({action:accept|decline}), otherwise a random id
        path = java.util.regex.Pattern.compile("\\{[^}:]+:([^}|]+)[^}]*}").matcher(path).replaceAll("$1");
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String body = switch (row.method()) {
            case "POST", "PUT", "PATCH" -> "{}";
            default -> null;
        };
        return api.send(row.method(), path, body, tokens.get(actor));
    }

    private Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            UriRouteInfo<?, ?> info = route;
            String template = info.getUriMatchTemplate().toPathString();
            if (template.startsWith("/api/") && info.getHttpMethod() != HttpMethod.HEAD && info.getHttpMethod() != HttpMethod.OPTIONS) {
                routes.add(info.getHttpMethodName() + " " + template.replaceAll("\\{[?&][^}]*}", ""));
            }
        });
        return routes;
    }

    private static Map<String, Row> readMatrix() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.split(",");
                Map<Actor, Character> expected = new EnumMap<>(Actor.class);
                for (Actor actor : Actor.values()) {
                    expected.put(actor, cells[2 + actor.ordinal()].strip().charAt(0));
                }
                Row row = new Row(cells[0].strip(), cells[1].strip(), expected);
                rows.put(row.key(), row);
            }
        }
        return rows;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
