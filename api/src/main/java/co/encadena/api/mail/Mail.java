package co.encadena.api.mail;

import io.micronaut.core.annotation.Nullable;

/**
 * A plain-text e-mail to one person, optionally carrying an iCalendar object (an agenda, an updated or a
 * cancelled meeting) that mail clients offer to add to the calendar.
 *
 * @param calendar the iCalendar text (its METHOD decides how clients treat it), or null
 */
public record Mail(String to, String subject, String body, @Nullable String calendar) {

    public Mail(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
