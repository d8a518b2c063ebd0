package co.encadena.api.accounts.application;

import co.encadena.api.accounts.persistence.OneTimeTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.common.Messages;
import co.encadena.api.common.PublicUrl;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.mail.Mail;
import co.encadena.api.mail.Mailer;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The links the product e-mails: verify an address (valid 48 h) and set a new password (valid 1 h). Each
 * token works once; sending a new link voids the previous ones.
 */
@Singleton
public class AccountLinks {

    public static final String VERIFY = "VERIFY_EMAIL";
    public static final String RESET = "RESET_PASSWORD";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneTimeTokens tokens;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    AccountLinks(OneTimeTokens tokens, Mailer mailer, Messages messages, Clock clock, PublicUrl publicUrl) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.to("");
    }

    /** Creates the token (in the caller's transaction) and returns the e-mail to send once it commits. */
    public Mail verification(UserAccount user) {
        String link = publicUrl + "/verificar-correo?token=" + issue(user.id(), VERIFY, Duration.ofHours(48));
        return new Mail(user.email(), messages.get("mail.verify.subject"),
                messages.get("mail.verify.body", user.fullName(), link));
    }

    public Mail passwordReset(UserAccount user) {
        String link = publicUrl + "/restablecer-contrasena?token=" + issue(user.id(), RESET, Duration.ofHours(1));
        return new Mail(user.email(), messages.get("mail.reset.subject"),
                messages.get("mail.reset.body", user.fullName(), link));
    }

    /** An invitation is a password-setting link with a longer life (72 h). */
    public Mail invitation(UserAccount user, String organization) {
        String link = publicUrl + "/restablecer-contrasena?token=" + issue(user.id(), RESET, Duration.ofHours(72));
        return new Mail(user.email(), messages.get("mail.invite.subject"),
                messages.get("mail.invite.body", user.fullName(), organization, link));
    }

    /** Uses a token once; 400 with a clear message when it is unknown, used or expired. */
    public UUID consume(String purpose, String token) {
        return tokens.consume(purpose, SessionIssuer.sha256(token == null ? "" : token), clock.instant())
                .orElseThrow(() -> ApiException.of(HttpStatus.BAD_REQUEST, "error.link.invalid"));
    }

    public void send(Mail mail) {
        mailer.send(mail);
    }

    private String issue(UUID userId, String purpose, Duration ttl) {
        Instant now = clock.instant();
        tokens.invalidateOpen(userId, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(userId, purpose, SessionIssuer.sha256(token), now, now.plus(ttl));
        return token;
    }
}
