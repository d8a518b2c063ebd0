package co.encadena.api.mail;

/**
 * Sends e-mail. Two implementations: {@link SmtpMailer} when {@code encadena.mail.host} is configured, and
 * {@link LogMailer} otherwise (development: the message, with its link, is written to the application log).
 * Sending never fails the caller's action: a failure is logged and the person can ask again.
 */
public interface Mailer {

    void send(Mail mail);
}
