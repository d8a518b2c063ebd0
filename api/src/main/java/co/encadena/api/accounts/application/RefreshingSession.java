package co.encadena.api.accounts.application;

import co.encadena.api.accounts.persistence.RefreshTokenRecord;
import co.encadena.api.accounts.persistence.RefreshTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.common.web.ApiException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates a refresh token: the presented one is revoked and a new session issued, so a token works once.
 * Logging out revokes it without a new session.
 */
@Singleton
public class RefreshingSession {

    private final RefreshTokens refreshTokens;
    private final UserAccounts users;
    private final SessionIssuer sessions;
    private final Clock clock;

    RefreshingSession(RefreshTokens refreshTokens, UserAccounts users, SessionIssuer sessions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public Session refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshTokenRecord token = refreshTokens.findByTokenHashForUpdate(SessionIssuer.sha256(refreshToken))
                .filter(t -> t.usableAt(now))
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.refresh.invalid"));
        refreshTokens.revoke(token.id(), now);
        UserAccount user = users.findById(token.userId()).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.refresh.invalid"));
        return sessions.issue(user);
    }

    /** Revokes the token if it belongs to {@code userId}; unknown tokens are ignored (logout is idempotent). */
    @Transactional
    public void logout(String refreshToken, java.util.UUID userId) {
        refreshTokens.findByTokenHashForUpdate(SessionIssuer.sha256(refreshToken))
                .filter(t -> t.userId().equals(userId))
                .ifPresent(t -> refreshTokens.revoke(t.id(), clock.instant()));
    }
}
