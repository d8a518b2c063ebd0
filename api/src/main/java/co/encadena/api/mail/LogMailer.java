package co.encadena.api.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development mail: with no SMTP server configured, messages (and their verification or reset links) are
 * written to the application log, where the README says to look for them.
 */
@Singleton
@Requires(missingProperty = "encadena.mail.host")
final class LogMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger("co.encadena.mail");

    @Override
    public void send(Mail mail) {
        LOG.info("E-mail (not sent: no SMTP configured) to={} subject={}{}\n{}", mail.to(), mail.subject(),
                mail.calendar() == null ? "" : " (with an iCalendar attachment)", mail.body());
    }
}
