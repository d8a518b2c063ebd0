package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.domain.PasswordPolicy;
import co.encadena.api.accounts.persistence.RefreshTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ApiException.FieldProblem;
import co.encadena.api.mail.Mail;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Password reset by e-mail, password change, and e-mail verification. Any password change revokes every
 * refresh token of the user: sessions elsewhere end.
 */
@Singleton
public class ManagingPasswords {

    private final UserAccounts users;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final AccountLinks links;
    private final Auditing auditing;
    private final PasswordPolicy policy;
    private final Clock clock;

    ManagingPasswords(UserAccounts users, RefreshTokens refreshTokens, PasswordHasher hasher, AccountLinks links,
                      Auditing auditing, CommonPasswords commonPasswords, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.links = links;
        this.auditing = auditing;
        this.policy = new PasswordPolicy(commonPasswords);
        this.clock = clock;
    }

    /** The reset e-mail to send, if the address belongs to an active account; the caller answers the same either way. */
    @Transactional
    public Optional<Mail> requestReset(String email, Auditing.Actor actor) {
        Optional<UserAccount> user = users.findByEmailNormalized(EmailAddress.normalize(email)).filter(UserAccount::active);
        user.ifPresent(u -> auditing.record(Auditing.Action.PASSWORD_RESET_REQUESTED, actor, "user:" + u.id(), null));
        return user.map(links::passwordReset);
    }

    /** Sets a new password from a reset (or invitation) link; the link also proves the address. */
    @Transactional
    public void reset(String token, String newPassword, Auditing.Actor actor) {
        UUID userId = links.consume(AccountLinks.RESET, token);
        UserAccount user = users.findById(userId).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.BAD_REQUEST, "error.link.invalid"));
        checkPolicy(newPassword, user.email());
        Instant now = clock.instant();
        users.update(user.withPasswordHash(hasher.hash(newPassword), now).verified(now));
        refreshTokens.revokeAllOf(userId, now);
        auditing.record(Auditing.Action.PASSWORD_RESET, new Auditing.Actor(userId, user.email(), actor.ipAddress()),
                "user:" + userId, null);
    }

    @Transactional
    public void change(UUID userId, String currentPassword, String newPassword, Auditing.Actor actor) {
        UserAccount user = users.findById(userId).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.unauthorized"));
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            throw ApiException.invalid(List.of(new FieldProblem("currentPassword", "error.password.currentWrong")));
        }
        checkPolicy(newPassword, user.email());
        Instant now = clock.instant();
        users.update(user.withPasswordHash(hasher.hash(newPassword), now));
        refreshTokens.revokeAllOf(userId, now);
        auditing.record(Auditing.Action.PASSWORD_CHANGED, actor, "user:" + userId, null);
    }

    @Transactional
    public void verifyEmail(String token, Auditing.Actor actor) {
        UUID userId = links.consume(AccountLinks.VERIFY, token);
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> ApiException.of(HttpStatus.BAD_REQUEST, "error.link.invalid"));
        users.update(user.verified(clock.instant()));
        auditing.record(Auditing.Action.EMAIL_VERIFIED, new Auditing.Actor(userId, user.email(), actor.ipAddress()),
                "user:" + userId, null);
    }

    /** A new verification e-mail for an unverified account (same answer whether or not it exists). */
    @Transactional
    public Optional<Mail> resendVerification(String email) {
        return users.findByEmailNormalized(EmailAddress.normalize(email))
                .filter(u -> u.active() && !u.emailVerified())
                .map(links::verification);
    }

    private void checkPolicy(String password, String email) {
        policy.violation(password, email).ifPresent(key -> {
            throw ApiException.invalid(List.of(new FieldProblem("newPassword", key, PasswordPolicy.MIN_LENGTH)));
        });
    }
}
