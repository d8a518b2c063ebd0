package co.encadena.api.ruedas.documents;

import static co.encadena.api.ruedas.documents.AgendaFixtures.BOGOTA;
import static co.encadena.api.ruedas.documents.AgendaFixtures.WITH_COOPERATIVA;
import static co.encadena.api.ruedas.documents.AgendaFixtures.WITH_EXITO;
import static co.encadena.api.ruedas.documents.AgendaFixtures.WITH_PENON_CANCELLED;
import static co.encadena.api.ruedas.documents.AgendaFixtures.agenda;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class AgendaCalendarTest {

    private final AgendaCalendar calendars = new AgendaCalendar(new Messages());

    @Test
    void feedPublishesEveryMeetingInTimeOrderWithItsUidAndSequence() throws Exception {
        Calendar feed = parse(calendars.feed(agenda()));

        assertEquals("PUBLISH", value(feed, Property.METHOD));
        assertEquals(AgendaCalendar.PRODUCT_ID, value(feed, Property.PRODID));
        assertEquals("Agenda: " + AgendaFixtures.RUEDA_NAME, value(feed, "X-WR-CALNAME"));
        List<VEvent> events = feed.getComponents(VEvent.VEVENT);
        assertEquals(List.of(WITH_EXITO.uid(), WITH_COOPERATIVA.uid(), WITH_PENON_CANCELLED.uid()),
                events.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals(List.of("0", "2", "3"), events.stream().map(e -> value(e, Property.SEQUENCE)).toList());
        assertEquals("20261201T233000Z", value(events.get(0), Property.DTSTAMP));
        assertValid(feed);
    }

    @Test
    void meetingTimesAreWrittenInBogotaWithItsTimeZoneDefinition() throws Exception {
        String text = calendars.feed(agenda(WITH_EXITO));
        Calendar feed = parse(text);

        assertTrue(text.contains("DTSTART;TZID=America/Bogota:20261202T090000"), text);
        assertTrue(text.contains("DTEND;TZID=America/Bogota:20261202T092000"), text);
        VTimeZone zone = feed.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).get(0);
        assertEquals("America/Bogota", value(zone, Property.TZID));
        VEvent event = feed.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertEquals(WITH_EXITO.startsAt(), instant(event.getRequiredProperty(Property.DTSTART)));
        assertEquals(WITH_EXITO.endsAt(), instant(event.getRequiredProperty(Property.DTEND)));
        assertEquals("America/Bogota", event.getRequiredProperty(Property.DTSTART).getRequiredParameter(Parameter.TZID).getValue());
    }

    @Test
    void summaryLocationAndDescriptionTellInSpanishWhoWhereAndHowToReachThem() throws Exception {
        VEvent event = parse(calendars.feed(agenda(WITH_EXITO))).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertEquals("Reunión con Almacenes Éxito S.A. — Mesa 4", value(event, Property.SUMMARY));
        assertEquals("Mesa 4, Centro de Convenciones Julio César Turbay", value(event, Property.LOCATION));
        String description = value(event, Property.DESCRIPTION);
        for (String expected : List.of("Con: Almacenes Éxito S.A.", "NIT: 890900608-9", "Rol: Ancla",
                "Contacto: María José Núñez", "Correo: mjnunez@exito.example", "Teléfono: +57 604 339 6565",
                "Municipio: Envigado", "Franja: S1-01")) {
            assertTrue(description.contains(expected), () -> expected + " missing from " + description);
        }
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("20261120T150000Z", value(event, Property.LAST_MODIFIED));
    }

    @Test
    void cancelledMeetingsStayInTheFeedMarkedCancelledSoSubscribedCalendarsDropThem() throws Exception {
        VEvent event = parse(calendars.feed(agenda(WITH_PENON_CANCELLED))).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("Cancelada: reunión con Frutas Tropicales Peñón S.A.S. — Mesa 7", value(event, Property.SUMMARY));
    }

    @Test
    void aMovedMeetingKeepsItsUidWithAHigherSequenceAndItsNewTime() throws Exception {
        CarriedMeeting moved = new CarriedMeeting(WITH_EXITO.uid(), WITH_EXITO.sequence() + 1,
                Instant.parse("2026-12-02T16:40:00Z"), Instant.parse("2026-12-02T17:00:00Z"), "S1-09", "M09", "Mesa 9",
                WITH_EXITO.counterpart(), MeetingState.SCHEDULED, Instant.parse("2026-11-28T10:00:00Z"));

        VEvent before = parse(calendars.feed(agenda(WITH_EXITO))).<VEvent>getComponents(VEvent.VEVENT).get(0);
        VEvent after = parse(calendars.feed(agenda(moved))).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertEquals(value(before, Property.UID), value(after, Property.UID));
        assertTrue(Integer.parseInt(value(after, Property.SEQUENCE)) > Integer.parseInt(value(before, Property.SEQUENCE)));
        assertNotEquals(instant(before.getRequiredProperty(Property.DTSTART)), instant(after.getRequiredProperty(Property.DTSTART)));
        assertEquals(Instant.parse("2026-12-02T16:40:00Z"), instant(after.getRequiredProperty(Property.DTSTART)));
        assertEquals("Reunión con Almacenes Éxito S.A. — Mesa 9", value(after, Property.SUMMARY));
    }

    @Test
    void anUpdateIsARequestForTheOneMeetingWithOrganizerAndBothAttendees() throws Exception {
        Calendar request = parse(calendars.update(agenda(), WITH_EXITO));

        assertEquals("REQUEST", value(request, Property.METHOD));
        List<VEvent> events = request.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(WITH_EXITO.uid(), value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals(WITH_EXITO.startsAt(), instant(event.getRequiredProperty(Property.DTSTART)));
        assertEquals("mailto:" + CarriedAgenda.NO_REPLY, value(event, Property.ORGANIZER));
        assertEquals(List.of("mailto:andres@lacteos.example", "mailto:mjnunez@exito.example"),
                event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
        assertValid(request); // RFC 5545 and, for the METHOD, RFC 5546 (iTIP)
    }

    @Test
    void anUpdateComesFromTheOrganizerWhenTheAgendaNamesOne() throws Exception {
        CarriedAgenda base = agenda(WITH_EXITO);
        CarriedAgenda withOrganizer = new CarriedAgenda(base.ruedaId(), base.ruedaName(), base.venue(),
                base.municipalityName(), base.zone(), base.participant(), base.checkInCode(), base.agendaUrl(),
                base.meetings(), base.generatedAt(), "Cámara de Comercio de Cartagena", "ruedas@cccartagena.example");

        VEvent event = parse(calendars.update(withOrganizer, WITH_EXITO)).<VEvent>getComponents(VEvent.VEVENT).get(0);

        Property organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertEquals("mailto:ruedas@cccartagena.example", organizer.getValue());
        assertEquals("Cámara de Comercio de Cartagena", organizer.getRequiredParameter(Parameter.CN).getValue());
    }

    @Test
    void aCancellationIsACancelWithTheMeetingsUidAndSequence() throws Exception {
        Calendar cancel = parse(calendars.cancellation(agenda(), WITH_PENON_CANCELLED));

        assertEquals("CANCEL", value(cancel, Property.METHOD));
        VEvent event = cancel.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertEquals(WITH_PENON_CANCELLED.uid(), value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals(1, event.getProperties(Property.STATUS).size());
        assertValid(cancel);
    }

    @Test
    void cancellingAMeetingStillMarkedScheduledSendsItCancelled() throws Exception {
        VEvent event = parse(calendars.cancellation(agenda(), WITH_COOPERATIVA)).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertEquals(List.of("CANCELLED"), event.getProperties(Property.STATUS).stream().map(Property::getValue).toList());
    }

    @Test
    void anUpdateForACancelledMeetingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calendars.update(agenda(), WITH_PENON_CANCELLED));
        assertTrue(e.getMessage().contains(WITH_PENON_CANCELLED.uid()));
    }

    @Test
    void anAgendaWithoutMeetingsIsAnEmptyButValidFeed() throws Exception {
        Calendar feed = parse(calendars.feed(agenda(new CarriedMeeting[0])));

        assertTrue(feed.getComponents(VEvent.VEVENT).isEmpty());
        assertEquals(BOGOTA.getId(), value(feed, "X-WR-TIMEZONE"));
        assertValid(feed);
    }

    /** ical4j reports problems in the result rather than throwing. */
    private static void assertValid(Calendar calendar) throws Exception {
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result::toString);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line endings");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getRequiredProperty(name).getValue();
    }

    private static Instant instant(Property property) {
        Temporal date = ((DateProperty<?>) property).getDate();
        return Instant.from(date);
    }
}
