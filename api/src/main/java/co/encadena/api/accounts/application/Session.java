package co.encadena.api.accounts.application;

import io.micronaut.serde.annotation.Serdeable;

/** What a successful login or refresh answers: a short-lived access token and a revocable refresh token. */
@Serdeable
public record Session(String accessToken, String refreshToken, long expiresIn, String tokenType) {
}
