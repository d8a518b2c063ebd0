package co.encadena.api.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM. Tests that read e-mail point the application at it
 * through {@link #properties()} and then read what arrived — the application talks SMTP to it exactly as to
 * a production server.
 */
public final class MailServer {

    private static final GreenMail SERVER = start();

    private MailServer() {
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }

    public static Map<String, String> properties() {
        return Map.of("encadena.mail.host", "127.0.0.1",
                "encadena.mail.port", String.valueOf(SERVER.getSmtp().getPort()),
                "encadena.mail.starttls", "false",
                "encadena.public-url", "https://encadena.test");
    }

    /** The newest message to {@code address}, if any arrived. */
    public static Optional<MimeMessage> lastTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .reduce((first, second) -> second);
    }

    /** The subjects of every message to {@code address}, oldest first. */
    public static java.util.List<String> subjectsTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                return "";
            }
        }).toList();
    }

    public static long countTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    /** The decoded text of a message (the raw body is quoted-printable: "=" would read "=3D"). */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError("unreadable message", e);
        }
    }

    /** The token of the first product link (…?token=…) in a message. */
    public static String token(MimeMessage message) {
        Matcher m = Pattern.compile("\\?token=([A-Za-z0-9_-]+)").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no link with a token in: " + body(message));
        }
        return m.group(1);
    }
}
