package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.web.ApiException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Exchanges an e-mail and password for a session. Unknown e-mail, wrong password and disabled account get
 * the same answer after the same work, so the endpoint does not reveal who has an account; repeated
 * failures are throttled per account and per address ({@link LoginThrottling}).
 */
@Singleton
public class LoggingIn {

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final LoginThrottling throttling;
    private final Auditing auditing;

    LoggingIn(UserAccounts users, PasswordHasher hasher, SessionIssuer sessions, LoginThrottling throttling,
              Auditing auditing) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttling = throttling;
        this.auditing = auditing;
    }

    /** Not one transaction: the failure counters must commit even though the login fails. */
    public Session login(String email, String password, String address) {
        String normalized = EmailAddress.normalize(email);
        Auditing.Actor actor = new Auditing.Actor(null, normalized, address);
        try {
            throttling.check(normalized, address);
        } catch (ApiException throttled) {
            auditing.recordAlone(Auditing.Action.LOGIN_THROTTLED, actor, null, null);
            throw throttled;
        }
        Optional<UserAccount> user = users.findByEmailNormalized(normalized);
        boolean ok = user.isPresent()
                ? hasher.matches(password, user.get().passwordHash())
                : hasher.burnTime(password);
        if (!ok || !user.get().active()) {
            boolean blocked = throttling.recordFailure(normalized, address);
            auditing.recordAlone(Auditing.Action.LOGIN_FAILED, actor, null, blocked ? "throttled" : null);
            throw ApiException.of(HttpStatus.UNAUTHORIZED, "error.login.failed");
        }
        if (!user.get().emailVerified()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "error.login.unverified");
        }
        throttling.recordSuccess(normalized);
        return issue(user.get(), address);
    }

    /** The refresh token row and the audit entry each commit through their own transactional beans. */
    private Session issue(UserAccount user, String address) {
        Session session = sessions.issue(user);
        auditing.record(Auditing.Action.LOGIN_SUCCEEDED, new Auditing.Actor(user.id(), user.email(), address),
                "user:" + user.id(), null);
        return session;
    }
}
