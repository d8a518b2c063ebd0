package co.encadena.api.ruedas.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's agenda at one rueda: what its calendar feed, invitations and printed agenda show.
 *
 * @param zone           the rueda's time zone (America/Bogota): every time is shown and written in it
 * @param checkInCode    the text of the check-in QR code; null prints no code
 * @param agendaUrl      where the participant sees the live agenda; null when there is none
 * @param generatedAt    when these documents were made (iCalendar DTSTAMP, the PDF footer)
 * @param organizerName  who sends invitations (iCalendar ORGANIZER); null uses the rueda's name
 * @param organizerEmail where replies to invitations go; null uses {@link #NO_REPLY}
 */
public record CarriedAgenda(UUID ruedaId, String ruedaName, String venue, String municipalityName, ZoneId zone,
                            Party participant, String checkInCode, String agendaUrl, List<CarriedMeeting> meetings,
                            Instant generatedAt, String organizerName, String organizerEmail) {

    /** The sender address of the application's e-mails when no organizer address is given. */
    public static final String NO_REPLY = "no-responder@encadena.local";

    public CarriedAgenda {
        Objects.requireNonNull(ruedaName, "an agenda needs the rueda's name");
        Objects.requireNonNull(zone, "an agenda needs the rueda's time zone");
        Objects.requireNonNull(participant, "an agenda needs its participant");
        Objects.requireNonNull(generatedAt, "an agenda needs its generation time");
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** An agenda without a named organizer: invitations come from the rueda, replies to {@link #NO_REPLY}. */
    public CarriedAgenda(UUID ruedaId, String ruedaName, String venue, String municipalityName, ZoneId zone,
                         Party participant, String checkInCode, String agendaUrl, List<CarriedMeeting> meetings,
                         Instant generatedAt) {
        this(ruedaId, ruedaName, venue, municipalityName, zone, participant, checkInCode, agendaUrl, meetings,
                generatedAt, null, null);
    }
}
