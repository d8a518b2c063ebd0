package co.encadena.api.ruedas.documents;

import co.encadena.api.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The words and time formats every agenda document shares, from the catalogue: times in the rueda's zone,
 * es-CO and 24-hour ("09:00–09:20"), days as "miércoles 3 de diciembre de 2026", roles and states translated.
 */
final class AgendaText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Messages.LOCALE);

    private final Messages messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    AgendaText(Messages messages) {
        this.messages = messages;
        this.day = DateTimeFormatter.ofPattern(messages.get("agenda.doc.datePattern"), Messages.LOCALE);
        this.moment = DateTimeFormatter.ofPattern(messages.get("agenda.doc.dateTimePattern"), Messages.LOCALE);
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    LocalDate date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** "miércoles 3 de diciembre de 2026" */
    String day(LocalDate date) {
        return day.format(date);
    }

    /** "09:00" */
    String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "09:00–09:20" */
    String timeRange(Instant start, Instant end, ZoneId zone) {
        return messages.get("agenda.doc.timeRange", time(start, zone), time(end, zone));
    }

    /** "3 de diciembre de 2026, 18:30" */
    String moment(Instant instant, ZoneId zone) {
        return moment.format(instant.atZone(zone));
    }

    /** ANCHOR → "Ancla"; an unknown or absent role is shown as it is. */
    String role(String role) {
        return translated("agenda.doc.role.", role);
    }

    /** SCHEDULED → "Programada"; an unknown or absent state is shown as it is. */
    String state(String state) {
        return translated("agenda.doc.state.", state);
    }

    String yesNo(boolean value) {
        return messages.get(value ? "agenda.doc.yes" : "agenda.doc.no");
    }

    private String translated(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return messages.has(prefix + value) ? messages.get(prefix + value) : value;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
