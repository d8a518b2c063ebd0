package co.encadena.api.ruedas.documents;

import co.encadena.api.common.Messages;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A participant's agenda as iCalendar (RFC 5545, with the iTIP methods of RFC 5546), written with ical4j.
 *
 * <p>Three shapes: {@link #feed} is the subscribable calendar (METHOD:PUBLISH) with every meeting, cancelled ones
 * kept with STATUS:CANCELLED so a subscribed calendar removes them; {@link #update} is the invitation e-mailed when
 * one meeting is new or moved (METHOD:REQUEST); {@link #cancellation} the one e-mailed when it is called off
 * (METHOD:CANCEL). A meeting keeps its UID across moves and scheduler re-runs, and its SEQUENCE grows with every
 * change, so calendar programs update the event they already hold rather than adding another. Times are written in
 * the rueda's zone with its VTIMEZONE, so a phone set to another zone still shows the hour printed on the agenda.
 */
@Singleton
public final class AgendaCalendar {

    static final String PRODUCT_ID = "-//EnCadena Match//Agenda de rueda//ES";
    /** How often subscribed calendars should fetch the feed again: moves happen up to the day of the rueda. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final AgendaText text;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public AgendaCalendar(Messages messages) {
        this.text = new AgendaText(messages);
    }

    /** The whole agenda as a subscribable calendar (METHOD:PUBLISH), meetings in time order. */
    public String feed(CarriedAgenda agenda) {
        Calendar calendar = calendar(agenda, ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", text.get("agenda.doc.ics.calendarName", agenda.ruedaName())));
        calendar.add(new XProperty("X-WR-TIMEZONE", agenda.zone().getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        agenda.meetings().stream()
                .sorted(Comparator.comparing(CarriedMeeting::startsAt).thenComparing(CarriedMeeting::uid))
                .forEach(m -> calendar.add(event(agenda, m, false)));
        return write(calendar);
    }

    /**
     * The invitation for one new or changed meeting (METHOD:REQUEST), to e-mail to the participant.
     *
     * @throws IllegalArgumentException for a cancelled meeting: send {@link #cancellation} instead
     */
    public String update(CarriedAgenda agenda, CarriedMeeting meeting) {
        if (meeting.state() == MeetingState.CANCELLED) {
            throw new IllegalArgumentException("meeting " + meeting.uid() + " is cancelled: send a cancellation, not an update");
        }
        Calendar calendar = calendar(agenda, ImmutableMethod.REQUEST);
        calendar.add(event(agenda, meeting, true));
        return write(calendar);
    }

    /**
     * The cancellation of one meeting (METHOD:CANCEL, STATUS:CANCELLED), with the meeting's UID and SEQUENCE, to
     * e-mail to the participant; the caller raises the SEQUENCE when it cancels the meeting.
     */
    public String cancellation(CarriedAgenda agenda, CarriedMeeting meeting) {
        Calendar calendar = calendar(agenda, ImmutableMethod.CANCEL);
        VEvent event = event(agenda, meeting, true);
        event.replace(ImmutableStatus.VEVENT_CANCELLED);
        calendar.add(event);
        return write(calendar);
    }

    private Calendar calendar(CarriedAgenda agenda, Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(method);
        TimeZone zone = zones.getTimeZone(agenda.zone().getId());
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        return calendar;
    }

    /**
     * One meeting. DTSTAMP is when this calendar was made (RFC 5545: with a METHOD, the object's creation time);
     * LAST-MODIFIED when the meeting last changed. Invitations name the attendees; a published feed must not.
     */
    private VEvent event(CarriedAgenda agenda, CarriedMeeting meeting, boolean withAttendees) {
        Party counterpart = meeting.counterpart();
        boolean cancelled = meeting.state() == MeetingState.CANCELLED;
        String summary = text.get(cancelled ? "agenda.doc.ics.summaryCancelled" : "agenda.doc.ics.summary",
                counterpart.name(), meeting.tableLabel());
        VEvent event = new VEvent(local(meeting.startsAt(), agenda.zone()), local(meeting.endsAt(), agenda.zone()), summary);
        event.replace(new DtStamp(agenda.generatedAt()));
        event.add(new Uid(meeting.uid()));
        event.add(new Sequence(meeting.sequence()));
        if (meeting.lastModified() != null) {
            event.add(new LastModified(meeting.lastModified()));
        }
        event.add(new Location(location(agenda, meeting)));
        event.add(new Description(description(agenda, meeting)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (AgendaText.present(agenda.agendaUrl())) {
            event.add(new Url(URI.create(agenda.agendaUrl())));
        }
        event.add(organizer(agenda));
        if (withAttendees) {
            attendee(agenda.participant()).ifPresent(event::add);
            attendee(counterpart).ifPresent(event::add);
        }
        return event;
    }

    /** In the rueda's zone when ical4j knows it (TZID and VTIMEZONE), else in UTC. */
    private Temporal local(Instant instant, ZoneId zone) {
        return zones.getTimeZone(zone.getId()) != null ? instant.atZone(zone) : instant;
    }

    private String location(CarriedAgenda agenda, CarriedMeeting meeting) {
        String table = meeting.tableLabel();
        if (!AgendaText.present(agenda.venue())) {
            return table == null ? "" : table;
        }
        return table == null ? agenda.venue() : text.get("agenda.doc.ics.location", table, agenda.venue());
    }

    private String description(CarriedAgenda agenda, CarriedMeeting meeting) {
        Party p = meeting.counterpart();
        List<String> lines = new ArrayList<>();
        lines.add(text.get("agenda.doc.ics.rueda", agenda.ruedaName()));
        lines.add(text.get("agenda.doc.counterpart.name", p.name()));
        line(lines, "agenda.doc.counterpart.nit", p.nit());
        line(lines, "agenda.doc.counterpart.role", text.role(p.role()));
        line(lines, "agenda.doc.counterpart.contact", p.contactName());
        line(lines, "agenda.doc.counterpart.email", p.contactEmail());
        line(lines, "agenda.doc.counterpart.phone", p.contactPhone());
        line(lines, "agenda.doc.counterpart.municipality", p.municipality());
        if (meeting.state() != MeetingState.SCHEDULED) {
            lines.add(text.get("agenda.doc.ics.state", text.state(meeting.state().name())));
        }
        if (AgendaText.present(meeting.slotCode())) {
            lines.add(text.get("agenda.doc.ics.slot", meeting.slotCode()));
        }
        line(lines, "agenda.doc.ics.agendaUrl", agenda.agendaUrl());
        return String.join("\n", lines);
    }

    private void line(List<String> lines, String key, String value) {
        if (AgendaText.present(value)) {
            lines.add(text.get(key, value));
        }
    }

    private static Organizer organizer(CarriedAgenda agenda) {
        String email = AgendaText.present(agenda.organizerEmail()) ? agenda.organizerEmail() : CarriedAgenda.NO_REPLY;
        String name = AgendaText.present(agenda.organizerName()) ? agenda.organizerName() : agenda.ruedaName();
        Organizer organizer = new Organizer(mailto(email));
        organizer.add(new Cn(name));
        return organizer;
    }

    private static Optional<Attendee> attendee(Party party) {
        if (!AgendaText.present(party.contactEmail())) {
            return Optional.empty();
        }
        Attendee attendee = new Attendee(mailto(party.contactEmail()));
        attendee.add(new Cn(AgendaText.present(party.contactName())
                ? party.contactName() + " (" + party.name() + ")" : party.name()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.ACCEPTED);
        attendee.add(Rsvp.FALSE);
        return Optional.of(attendee);
    }

    /** A mailto URI; the address is trimmed, and one that is not a plain address fails here, naming it. */
    private static URI mailto(String email) {
        String address = email.strip();
        if (address.isEmpty() || address.chars().anyMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>')
                || address.indexOf('@') < 1) {
            throw new IllegalArgumentException("not an e-mail address for an invitation: " + email);
        }
        return URI.create("mailto:" + address);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // validated in tests (AgendaCalendarTest); at run time a gap in a record must not stop a whole feed
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
