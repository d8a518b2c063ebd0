package co.encadena.api.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SMTP through Jakarta Mail (Eclipse Angus), configured by {@code encadena.mail.*}. */
@Singleton
@Requires(property = "encadena.mail.host", pattern = ".+")
final class SmtpMailer implements Mailer {

    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:([A-Z]+)\\s*$");
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Session session;
    private final String from;

    SmtpMailer(@Value("${encadena.mail.host}") String host, @Value("${encadena.mail.port:587}") int port,
               @Value("${encadena.mail.username:}") String username, @Value("${encadena.mail.password:}") String password,
               @Value("${encadena.mail.starttls:true}") boolean starttls,
               @Value("${encadena.mail.from:EnCadena Match <no-responder@encadena.local>}") String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        boolean auth = !username.isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username, password);
                    }
                })
                : Session.getInstance(props);
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.calendar() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                message.setContent(withCalendar(mail));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.error("Could not send e-mail '{}' to {}: {}", mail.subject(), mail.to(), e.toString());
        }
    }

    /** The text and the calendar object as parts; the calendar part says its METHOD, as iTIP (RFC 6047) asks. */
    private static MimeMultipart withCalendar(Mail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        Matcher method = METHOD.matcher(mail.calendar());
        String type = "text/calendar; charset=UTF-8" + (method.find() ? "; method=" + method.group(1) : "");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setFileName("agenda.ics");
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(text);
        multipart.addBodyPart(calendar);
        return multipart;
    }
}
