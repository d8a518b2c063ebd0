package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.common.web.ApiException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Exchanges an e-mail and password for a session. Unknown e-mail, wrong password and disabled account get
 * the same answer after the same work, so the endpoint does not reveal who has an account.
 */
@Singleton
public class LoggingIn {

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;

    LoggingIn(UserAccounts users, PasswordHasher hasher, SessionIssuer sessions) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    @Transactional
    public Session login(String email, String password) {
        Optional<UserAccount> user = users.findByEmailNormalized(EmailAddress.normalize(email));
        boolean ok = user.isPresent()
                ? hasher.matches(password, user.get().passwordHash())
                : hasher.burnTime(password);
        if (!ok || !user.get().active()) {
            throw ApiException.of(HttpStatus.UNAUTHORIZED, "error.login.failed");
        }
        return sessions.issue(user.get());
    }
}
