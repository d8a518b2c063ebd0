package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.PublicUrl;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredMeeting;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A participant's own agenda — on the web, and the data behind its PDF and calendar: its meetings in time
 * order with table, times and counterpart details, its check-in code and its calendar subscription address.
 * Participants see it once the agenda is published; the rueda's organizers always.
 */
@Singleton
public class CarryingAgendas {

    /** The other side of a meeting. */
    @Serdeable
    public record Counterpart(UUID organizationId, String name, @Nullable String nit, String role,
                              @Nullable String municipalityName, @Nullable String contactName,
                              @Nullable String contactEmail, @Nullable String contactPhone) {
    }

    /** A meeting of the agenda; {@code uid} is its iCalendar UID, stable for the pair for the life of the rueda. */
    @Serdeable
    public record AgendaMeeting(UUID id, String uid, int sequence, String slot, Instant startsAt, Instant endsAt,
                                String tableCode, String tableName, Counterpart counterpart, String status,
                                Instant updatedAt) {
    }

    /** One participant's agenda. */
    @Serdeable
    public record ParticipantAgenda(UUID ruedaId, String ruedaName, String ruedaStatus, @Nullable String venue,
                                    @Nullable String municipalityName, String timezone, UUID organizationId, String name,
                                    @Nullable String nit, String role, @Nullable String checkInCode,
                                    @Nullable String calendarUrl, boolean published, List<AgendaMeeting> meetings) {
    }

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final ManagingRuedas managing;
    private final PublicUrl publicUrl;

    CarryingAgendas(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings, ManagingRuedas managing,
                    PublicUrl publicUrl) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.managing = managing;
        this.publicUrl = publicUrl;
    }

    /** The agenda of {@code organizationId} as {@code actor} may see it. */
    @Transactional
    public ParticipantAgenda agenda(Actor actor, UUID ruedaId, UUID organizationId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        StoredParticipant self = managing.self(actor, ruedaId);
        RuedaAccess.requireVisible(actor, r, self);
        boolean manages = RuedaAccess.manages(actor, r);
        if (!manages && (self == null || !self.organizationId().equals(organizationId))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.agenda.notYours");
        }
        if (!manages && !r.status().agendaVisibleToParticipants()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.agenda.notPublished");
        }
        return agendaOf(r, organizationId);
    }

    /** The agenda behind a calendar subscription token (no sign-in: calendar apps cannot send one). */
    @Transactional
    public ParticipantAgenda byCalendarToken(String token) {
        RuedaParticipants.FeedOwner owner = token == null || token.length() < 20 ? null
                : participants.byCalendarToken(token).orElse(null);
        if (owner == null) {
            throw ApiException.notFound("rueda.calendar.notFound");
        }
        StoredRueda r = ruedas.find(owner.ruedaId()).orElseThrow(() -> ApiException.notFound("rueda.calendar.notFound"));
        if (!r.status().agendaVisibleToParticipants()) {
            return withoutMeetings(agendaOf(r, owner.organizationId()));
        }
        return agendaOf(r, owner.organizationId());
    }

    private static ParticipantAgenda withoutMeetings(ParticipantAgenda a) {
        return new ParticipantAgenda(a.ruedaId(), a.ruedaName(), a.ruedaStatus(), a.venue(), a.municipalityName(),
                a.timezone(), a.organizationId(), a.name(), a.nit(), a.role(), a.checkInCode(), a.calendarUrl(), false, List.of());
    }

    ParticipantAgenda agendaOf(StoredRueda r, UUID organizationId) {
        List<StoredParticipant> all = participants.list(r.id());
        Map<UUID, StoredParticipant> byId = all.stream().collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity()));
        StoredParticipant me = byId.get(organizationId);
        if (me == null) {
            throw ApiException.notFound("rueda.participant.notFound");
        }
        RuedaLayout layout = ruedas.layout(r.id());
        List<AgendaMeeting> mine = new ArrayList<>();
        for (StoredMeeting m : meetings.list(r.id())) {
            if (!m.involves(organizationId)) {
                continue;
            }
            boolean cancelledAfterPublication = "CANCELLED".equals(m.status()) && r.publishedAt() != null
                    && m.updatedAt().isAfter(r.publishedAt());
            if (!m.live() && !"NO_SHOW".equals(m.status()) && !cancelledAfterPublication) {
                continue;
            }
            StoredParticipant other = byId.get(m.other(organizationId));
            RuedaLayout.SlotRow slot = layout.slot(m.slotId()).orElseThrow();
            RuedaLayout.TableRow table = layout.table(m.tableId()).orElseThrow();
            mine.add(new AgendaMeeting(m.id(), uid(r.id(), m), m.sequence(), slot.code(), slot.startsAt(), slot.endsAt(),
                    table.code(), table.name(), other == null ? null : new Counterpart(other.organizationId(), other.name(),
                    other.nit(), other.role(), other.municipalityName(), other.contactName(), other.contactEmail(),
                    other.contactPhone()), m.status(), m.updatedAt()));
        }
        mine.sort(Comparator.comparing(AgendaMeeting::startsAt).thenComparing(AgendaMeeting::tableCode));
        return new ParticipantAgenda(r.id(), r.name(), r.status().name(), r.venue(), r.municipalityName(), r.timezone(),
                me.organizationId(), me.name(), me.nit(), me.role(), me.checkInCode(),
                me.calendarToken() == null ? null : publicUrl.to("/api/v1/calendar/" + me.calendarToken() + ".ics"),
                r.status().agendaVisibleToParticipants(), mine);
    }

    /** The iCalendar UID of a meeting: the pair's, so moves and re-runs update the same calendar event. */
    static String uid(UUID ruedaId, StoredMeeting m) {
        return "rueda-" + ruedaId + "-" + m.partyA() + "-" + m.partyB() + "@encadena-match";
    }
}
