package co.encadena.api.ruedas.day.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.AgendaChanged;
import co.encadena.api.ruedas.application.RuedaAccess;
import co.encadena.api.ruedas.application.SchedulingAgenda;
import co.encadena.api.ruedas.day.persistence.RuedaDay;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.RuedaRequests;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredMeeting;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRequest;
import co.encadena.api.ruedas.persistence.StoredRueda;
import co.encadena.matching.scheduling.InfeasibleRuedaException;
import co.encadena.matching.scheduling.InvalidRuedaException;
import co.encadena.matching.scheduling.RuedaScheduler;
import co.encadena.matching.scheduling.SchedulerOptions;
import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.Meeting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Meetings on the day: either side (or the organizer's staff) marks a meeting held or a no-show, and the
 * organizer re-fills the slots an absent participant left free from the standby list — live requests that have
 * no meeting — with the same scheduler as the agenda. The re-fill plans only the slots still to come, keeps
 * every live meeting already on the agenda where it is (held, locked or not: people on the floor follow the
 * printed agenda), and leaves absent participants out.
 */
@Singleton
public class RunningTheDay {

    /** HELD or NO_SHOW; for a no-show, {@code absent} names the side that did not come. */
    @Serdeable
    public record Attendance(@Nullable String status, @Nullable String absent) {
    }

    /** A meeting after it was marked; {@code freed} counts the absent side's later meetings that were released. */
    @Serdeable
    public record Marked(UUID meetingId, String status, @Nullable UUID absent, int freed) {
    }

    /** Options of a re-fill. */
    @Serdeable
    public record RefillOptions(@Nullable Integer timeLimitSeconds) {
    }

    /** A meeting the re-fill placed. */
    @Serdeable
    public record Placed(UUID a, UUID b, String slot, String table) {
    }

    /** What the re-fill did: how many standby requests it saw and the meetings it placed. */
    @Serdeable
    public record Refill(UUID ruedaId, int standby, int slotsLeft, List<Placed> placed) {
    }

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaRequests requests;
    private final RuedaMeetings meetings;
    private final RuedaDay day;
    private final Clock clock;
    private final ApplicationEventPublisher<AgendaChanged> events;

    RunningTheDay(Ruedas ruedas, RuedaParticipants participants, RuedaRequests requests, RuedaMeetings meetings,
                  RuedaDay day, Clock clock, ApplicationEventPublisher<AgendaChanged> events) {
        this.events = events;
        this.ruedas = ruedas;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.day = day;
        this.clock = clock;
    }

    @Transactional
    public Marked mark(Actor actor, UUID ruedaId, UUID meetingId, Attendance body) {
        StoredRueda r = ruedas.lock(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        boolean manages = RuedaAccess.manages(actor, r);
        StoredMeeting m = meetings.find(ruedaId, meetingId).orElse(null);
        boolean party = m != null && !actor.isStaff() && actor.organizationId() != null && m.involves(actor.organizationId());
        if (!manages && !party) {
            StoredParticipant self = actor.organizationId() == null || actor.isStaff() ? null
                    : participants.find(ruedaId, actor.organizationId()).orElse(null);
            RuedaAccess.requireVisible(actor, r, self);
            if (m != null || actor.isStaff()) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.day.notYourMeeting");
            }
        }
        if (m == null) {
            throw ApiException.notFound("rueda.meeting.notFound");
        }
        Attendance a = body == null ? new Attendance(null, null) : body;
        String status = a.status() == null ? null : a.status().strip().toUpperCase(java.util.Locale.ROOT);
        if (!"HELD".equals(status) && !"NO_SHOW".equals(status)) {
            throw ApiException.invalidField("status", "rueda.day.attendanceStatus");
        }
        UUID absent = null;
        if (a.absent() != null && !a.absent().isBlank()) {
            absent = CheckingIn.uuid("absent", a.absent());
            if (!m.involves(absent)) {
                throw ApiException.invalidField("absent", "rueda.day.absentNotInMeeting");
            }
        }
        RuedaAccess.requireStatus(r.status() == RuedaStatus.IN_PROGRESS, "rueda.day.notInProgress");
        if ("HELD".equals(status)) {
            if (!day.markHeld(m.id())) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.day.notScheduled");
            }
            return new Marked(m.id(), "HELD", null, 0);
        }
        if (!"SCHEDULED".equals(m.status())) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.day.notScheduled");
        }
        if (absent == null) {
            if (party) {
                absent = m.other(actor.organizationId());
            } else {
                Map<UUID, Instant> in = day.checkIns(ruedaId);
                boolean aIn = in.containsKey(m.partyA());
                boolean bIn = in.containsKey(m.partyB());
                absent = aIn == bIn ? null : aIn ? m.partyB() : m.partyA();
            }
        }
        meetings.release(m.id(), "NO_SHOW", null);
        int freed = 0;
        if (absent != null) {
            day.markAbsent(ruedaId, absent, clock.instant(), actor.userId());
            freed = freeLaterMeetingsOf(r, absent);
        }
        ruedas.touch(ruedaId);
        return new Marked(m.id(), "NO_SHOW", absent, freed);
    }

    /** The absent participant's meetings still to come are cancelled (their calendars update). */
    private int freeLaterMeetingsOf(StoredRueda r, UUID absent) {
        Instant now = clock.instant();
        RuedaLayout layout = ruedas.layout(r.id());
        List<UUID> freed = new ArrayList<>();
        for (StoredMeeting m : meetings.list(r.id())) {
            if ("SCHEDULED".equals(m.status()) && m.involves(absent)
                    && layout.slot(m.slotId()).map(s -> s.startsAt().isAfter(now)).orElse(false)) {
                meetings.release(m.id(), "CANCELLED", null);
                freed.add(m.id());
            }
        }
        if (!freed.isEmpty()) {
            events.publishEvent(new AgendaChanged(r.id(), AgendaChanged.Change.CANCELLED, freed));
        }
        return freed.size();
    }

    @Transactional
    public Refill refill(Actor actor, UUID ruedaId, RefillOptions options) {
        StoredRueda r = ruedas.lock(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        Integer seconds = options == null ? null : options.timeLimitSeconds();
        if (seconds != null && (seconds < 1 || seconds > 60)) {
            throw ApiException.invalidField("timeLimitSeconds", "field.range", seconds, 1, 60);
        }
        RuedaAccess.requireStatus(r.status() == RuedaStatus.IN_PROGRESS, "rueda.day.notInProgress");
        Instant now = clock.instant();
        Set<UUID> absent = day.absent(ruedaId);
        for (UUID gone : absent) {
            freeLaterMeetingsOf(r, gone);
        }
        RuedaLayout full = ruedas.layout(ruedaId);
        List<RuedaLayout.SlotRow> future = full.slots().stream().filter(s -> s.startsAt().isAfter(now)).toList();
        if (future.isEmpty()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.day.noSlotsLeft");
        }
        Set<String> futureSessions = future.stream().map(RuedaLayout.SlotRow::sessionCode).collect(Collectors.toSet());
        Set<UUID> futureSlotIds = future.stream().map(RuedaLayout.SlotRow::id).collect(Collectors.toSet());
        RuedaLayout layout = new RuedaLayout(
                full.sessions().stream().filter(s -> futureSessions.contains(s.code())).toList(),
                full.breaks().stream().filter(b -> futureSessions.contains(b.sessionCode())).toList(),
                future, full.tables());

        List<StoredMeeting> all = meetings.list(ruedaId);
        List<StoredMeeting> kept = all.stream().filter(m -> m.live() && futureSlotIds.contains(m.slotId())).toList();
        Map<UUID, Integer> before = new HashMap<>();
        Map<UUID, Integer> later = new HashMap<>();
        for (StoredMeeting m : all) {
            if (m.live()) {
                Map<UUID, Integer> count = futureSlotIds.contains(m.slotId()) ? later : before;
                count.merge(m.partyA(), 1, Integer::sum);
                count.merge(m.partyB(), 1, Integer::sum);
            }
        }
        List<StoredParticipant> people = new ArrayList<>();
        for (StoredParticipant p : participants.list(ruedaId)) {
            UUID id = p.organizationId();
            if (!p.approved() || absent.contains(id)) {
                continue;
            }
            int max = p.maxMeetings() == null ? r.defaultMaxMeetings() : p.maxMeetings();
            int keptLater = later.getOrDefault(id, 0);
            int cap = Math.max(max - before.getOrDefault(id, 0), keptLater);
            boolean attendsLater = p.sessions().isEmpty() || p.sessions().stream().anyMatch(futureSessions::contains);
            if ((cap <= 0 || !attendsLater) && keptLater == 0) {
                continue;
            }
            people.add(new StoredParticipant(id, p.name(), p.nit(), p.kind(), p.role(), p.status(), cap,
                    p.sessions().stream().filter(futureSessions::contains).toList(), p.unavailableSlots(), p.tableCode(),
                    p.municipalityName(), p.departmentCode(), p.contactName(), p.contactEmail(), p.contactPhone(),
                    p.checkInCode(), p.calendarToken(), p.version()));
        }
        Set<UUID> in = people.stream().map(StoredParticipant::organizationId).collect(Collectors.toSet());
        Set<Set<UUID>> met = new HashSet<>();
        all.stream().filter(m -> !"CANCELLED".equals(m.status())).forEach(m -> met.add(Set.of(m.partyA(), m.partyB())));
        Map<Set<UUID>, StoredRequest> live = new HashMap<>();
        requests.live(ruedaId).forEach(q -> live.put(Set.of(q.requesterId(), q.addresseeId()), q));
        List<StoredRequest> wishes = new ArrayList<>();
        int standby = 0;
        for (StoredRequest q : live.values()) {
            Set<UUID> pair = Set.of(q.requesterId(), q.addresseeId());
            boolean sessionLeft = q.sessionCode() == null || futureSessions.contains(q.sessionCode());
            if (!met.contains(pair) && in.containsAll(pair) && sessionLeft) {
                wishes.add(q);
                standby++;
            }
        }
        for (StoredMeeting m : kept) {
            Set<UUID> pair = Set.of(m.partyA(), m.partyB());
            StoredRequest q = live.get(pair);
            wishes.add(q != null ? q : new StoredRequest(UUID.randomUUID(), m.partyA(), "", m.partyB(), "", "ORGANIZER",
                    "ACCEPTED", false, null, null, null, now, null, null, 0));
        }
        List<Placed> placed = new ArrayList<>();
        List<UUID> placedIds = new ArrayList<>();
        if (standby > 0) {
            Agenda agenda;
            try {
                agenda = RuedaScheduler.schedule(SchedulingAgenda.instance(r, layout, people, wishes, kept),
                        SchedulerOptions.defaults().withTimeLimit(Duration.ofSeconds(seconds == null ? 5 : seconds)));
            } catch (InvalidRuedaException e) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.agenda.invalid", String.join(" ", e.problems()));
            } catch (InfeasibleRuedaException e) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.agenda.infeasible", e.getMessage());
            }
            Map<Set<UUID>, StoredMeeting> byPair = new HashMap<>();
            all.forEach(m -> byPair.put(Set.of(m.partyA(), m.partyB()), m));
            Set<Set<UUID>> keptPairs = kept.stream().map(m -> Set.of(m.partyA(), m.partyB())).collect(Collectors.toSet());
            for (Meeting m : agenda.meetings()) {
                UUID a = UUID.fromString(m.a());
                UUID b = UUID.fromString(m.b());
                Set<UUID> pair = Set.of(a, b);
                if (keptPairs.contains(pair)) {
                    continue;
                }
                RuedaLayout.SlotRow slot = layout.slot(m.slot()).orElseThrow();
                RuedaLayout.TableRow table = layout.table(m.table()).orElseThrow();
                StoredMeeting ex = byPair.get(pair);
                UUID meetingId = ex == null ? UUID.randomUUID() : ex.id();
                if (ex == null) {
                    StoredRequest q = live.get(pair);
                    meetings.insert(meetingId, ruedaId, a, b, q == null ? null : q.id(), slot.id(), table.id(), false);
                } else {
                    meetings.place(ex, slot.id(), table.id(), false, null);
                }
                placed.add(new Placed(a, b, slot.code(), table.code()));
                placedIds.add(meetingId);
            }
            if (!placed.isEmpty()) {
                ruedas.touch(ruedaId);
                events.publishEvent(new AgendaChanged(ruedaId, AgendaChanged.Change.UPDATED, placedIds));
            }
        }
        return new Refill(ruedaId, standby, future.size(), placed);
    }
}
