package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.Messages;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.RuedaViews.AgendaFigures;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaLayout.SlotRow;
import co.encadena.api.ruedas.persistence.RuedaLayout.TableRow;
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
import co.encadena.matching.scheduling.model.AgendaStats;
import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;
import co.encadena.matching.scheduling.model.UnscheduledRequest;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agenda of a rueda: the scheduler's draft (re-run around locked meetings), and the organizer's moves,
 * locks, cancellations and additions. Every change is checked against the same rules before it is written
 * (nobody double-booked, a table used once per slot, own tables, sessions and unavailable slots respected);
 * the database refuses double booking as a last line. Agenda changes of one rueda are serialised by locking
 * its row; a stale meeting version is a conflict the loser is told about.
 */
@Singleton
public class SchedulingAgenda {

    /** Weight of a request for the scheduler: mutual above organizer's above one-sided, plus the match score. */
    static long weight(StoredRequest q) {
        long base = switch (q.status()) {
            case "ACCEPTED" -> "ORGANIZER".equals(q.requestedBy()) ? 20 : 30;
            default -> 10;
        };
        return base + (q.matchScore() == null ? 0 : Math.round(q.matchScore().doubleValue() * 10));
    }

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaRequests requests;
    private final RuedaMeetings meetings;
    private final ManagingRuedas managing;
    private final Messages messages;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration defaultTimeLimit;
    private final ApplicationEventPublisher<AgendaChanged> events;

    SchedulingAgenda(Ruedas ruedas, RuedaParticipants participants, RuedaRequests requests, RuedaMeetings meetings,
                     ManagingRuedas managing, Messages messages, JsonMapper json, Clock clock,
                     @Value("${encadena.ruedas.schedule-time-limit:10s}") Duration defaultTimeLimit,
                     ApplicationEventPublisher<AgendaChanged> events) {
        this.events = events;
        this.ruedas = ruedas;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.managing = managing;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.defaultTimeLimit = defaultTimeLimit;
    }

    @Transactional
    public AgendaBoard board(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        return board(r);
    }

    /** Runs the scheduler around the locked meetings and writes the agenda it finds. */
    @Transactional
    public AgendaBoard generate(Actor actor, UUID ruedaId, AgendaBoard.GenerateOptions options, Long expected) {
        StoredRueda r = managing.managed(actor, ruedaId);
        ManagingRuedas.checkVersion(r, expected);
        RuedaAccess.requireStatus(r.status() == RuedaStatus.SCHEDULING, "rueda.agenda.notScheduling");
        Integer seconds = options == null ? null : options.timeLimitSeconds();
        if (seconds != null && (seconds < 1 || seconds > 60)) {
            throw ApiException.invalidField("timeLimitSeconds", "field.range", seconds, 1, 60);
        }
        requests.expire(ruedaId, clock.instant());
        RuedaLayout layout = ruedas.layout(ruedaId);
        List<StoredParticipant> approved = participants.list(ruedaId).stream().filter(StoredParticipant::approved).toList();
        Set<UUID> approvedIds = approved.stream().map(StoredParticipant::organizationId).collect(Collectors.toSet());
        List<StoredRequest> live = requests.live(ruedaId).stream()
                .filter(q -> approvedIds.contains(q.requesterId()) && approvedIds.contains(q.addresseeId())).toList();
        List<StoredMeeting> existing = meetings.list(ruedaId);
        List<StoredMeeting> kept = existing.stream().filter(m -> m.live() && (m.locked() || "HELD".equals(m.status()))).toList();
        RuedaInstance instance = instance(r, layout, approved, live, kept);
        Agenda agenda;
        try {
            agenda = RuedaScheduler.schedule(instance, SchedulerOptions.defaults()
                    .withTimeLimit(seconds == null ? defaultTimeLimit : Duration.ofSeconds(seconds)));
        } catch (InvalidRuedaException e) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.agenda.invalid", String.join(" ", e.problems()));
        } catch (InfeasibleRuedaException e) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.agenda.infeasible", e.getMessage());
        }
        apply(r, layout, live, existing, agenda);
        Map<String, String> names = approved.stream()
                .collect(Collectors.toMap(p -> p.organizationId().toString(), StoredParticipant::name));
        AgendaStats s = agenda.stats();
        Instant now = clock.instant();
        AgendaFigures figures = new AgendaFigures(s.requests(), s.scheduled(), s.scheduledWeight(), s.upperBound(),
                s.upperBoundKind(), s.weightUpperBound(), s.gap(), s.idleGaps(), s.minMeetingsPerSupplier(),
                s.suppliersWithMeetings(), s.solveMillis(), s.optimal(), s.method(), now);
        List<AgendaBoard.Unscheduled> left = new ArrayList<>();
        for (UnscheduledRequest u : agenda.unscheduled()) {
            left.add(new AgendaBoard.Unscheduled(u.a(), names.get(u.a()), u.b(), names.get(u.b()), named(u.reason(), names)));
        }
        try {
            ruedas.saveAgendaRun(ruedaId, json.writeValueAsString(figures), json.writeValueAsString(left), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return board(ruedas.find(ruedaId).orElseThrow());
    }

    /** The scheduler's reasons name participants by id; people read names. */
    private static String named(String reason, Map<String, String> names) {
        String out = reason;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    public static RuedaInstance instance(StoredRueda r, RuedaLayout layout, List<StoredParticipant> approved,
                                  List<StoredRequest> live, List<StoredMeeting> kept) {
        List<Session> sessions = layout.sessions().stream().map(s -> new Session(s.code(),
                layout.slots().stream().filter(sl -> sl.sessionCode().equals(s.code())).map(SlotRow::code).toList())).toList();
        ZoneId zone = ZoneId.of(r.timezone());
        List<Slot> slots = layout.slots().stream().map(s -> new Slot(s.code(), s.startsAt().atZone(zone).toOffsetDateTime(),
                s.endsAt().atZone(zone).toOffsetDateTime())).toList();
        List<Table> tables = layout.tables().stream().map(t -> new Table(t.code(), t.name())).toList();
        Set<String> slotCodes = layout.slots().stream().map(SlotRow::code).collect(Collectors.toSet());
        Set<String> sessionCodes = layout.sessions().stream().map(RuedaLayout.Session::code).collect(Collectors.toSet());
        List<Participant> people = new ArrayList<>();
        for (StoredParticipant p : approved) {
            int cap = Math.min(p.maxMeetings() == null ? r.defaultMaxMeetings() : p.maxMeetings(), Math.max(1, slots.size()));
            people.add(new Participant(p.organizationId().toString(), Role.valueOf(p.role()), p.nit(), cap, p.tableCode(),
                    p.sessions().stream().filter(sessionCodes::contains).toList(),
                    p.unavailableSlots().stream().filter(slotCodes::contains).toList()));
        }
        List<MeetingRequest> wishes = new ArrayList<>();
        for (StoredRequest q : live) {
            String by = "ACCEPTED".equals(q.status()) && !"ORGANIZER".equals(q.requestedBy()) ? "BOTH" : q.requestedBy();
            wishes.add(new MeetingRequest(q.requesterId().toString(), q.addresseeId().toString(), by, weight(q), q.mandatory(),
                    q.sessionCode() != null && sessionCodes.contains(q.sessionCode()) ? q.sessionCode() : null));
        }
        List<LockedMeeting> locked = kept.stream()
                .map(m -> new LockedMeeting(m.partyA().toString(), m.partyB().toString(), m.slotCode(), m.tableCode())).toList();
        return new RuedaInstance(r.name(), r.timezone(), sessions, slots, tables, people, wishes, locked);
    }

    private void apply(StoredRueda r, RuedaLayout layout, List<StoredRequest> live, List<StoredMeeting> existing, Agenda agenda) {
        Map<Set<UUID>, StoredMeeting> byPair = new HashMap<>();
        existing.forEach(m -> byPair.put(Set.of(m.partyA(), m.partyB()), m));
        Map<Set<UUID>, StoredRequest> requestByPair = new HashMap<>();
        live.forEach(q -> requestByPair.put(Set.of(q.requesterId(), q.addresseeId()), q));
        meetings.releaseUnlockedSeats(r.id());
        Set<Set<UUID>> placed = new HashSet<>();
        for (Meeting m : agenda.meetings()) {
            UUID a = UUID.fromString(m.a());
            UUID b = UUID.fromString(m.b());
            Set<UUID> pair = Set.of(a, b);
            placed.add(pair);
            SlotRow slot = layout.slot(m.slot()).orElseThrow();
            TableRow table = layout.table(m.table()).orElseThrow();
            StoredMeeting ex = byPair.get(pair);
            StoredRequest q = requestByPair.get(pair);
            if (ex == null) {
                meetings.insert(UUID.randomUUID(), r.id(), a, b, q == null ? null : q.id(), slot.id(), table.id(), false);
            } else if (!(ex.live() && (ex.locked() || "HELD".equals(ex.status())))) {
                meetings.place(ex, slot.id(), table.id(), false, null);
            }
        }
        for (StoredMeeting ex : existing) {
            if ("SCHEDULED".equals(ex.status()) && !ex.locked() && !placed.contains(Set.of(ex.partyA(), ex.partyB()))) {
                meetings.release(ex.id(), "CANCELLED", null);
            }
        }
    }

    // ------------------------------------------------------------------ the organizer's edits

    @Transactional
    public AgendaBoard.Check check(Actor actor, UUID ruedaId, UUID meetingId, AgendaBoard.NewMeeting placement) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        AgendaBoard.NewMeeting p = placement == null ? new AgendaBoard.NewMeeting(null, null, null, null, null) : placement;
        Edit edit = edit(r);
        UUID a = p.a();
        UUID b = p.b();
        if (meetingId != null) {
            StoredMeeting m = edit.meeting(meetingId);
            a = m.partyA();
            b = m.partyB();
        }
        if (a == null || b == null) {
            throw ApiException.invalidField(a == null ? "a" : "b", "field.required");
        }
        List<String> conflicts = new ArrayList<>(edit.conflicts(meetingId, a, b, slot(edit.layout, p.slot()),
                table(edit.layout, p.table()), meetingId == null));
        UUID first = a;
        UUID second = b;
        if (meetingId == null && edit.meetings.stream().anyMatch(m -> m.live() && m.involves(first) && m.involves(second))) {
            conflicts.add(0, messages.get("rueda.meeting.pairExists"));
        }
        return new AgendaBoard.Check(conflicts.isEmpty(), conflicts);
    }

    @Transactional
    public AgendaBoard change(Actor actor, UUID ruedaId, UUID meetingId, AgendaBoard.MeetingChange change, Long expected) {
        StoredRueda r = managing.managed(actor, ruedaId);
        RuedaAccess.requireStatus(r.status().agendaEditable(), "rueda.agenda.notEditable");
        Edit edit = edit(r);
        StoredMeeting m = edit.meeting(meetingId);
        if (expected != null && expected != m.version()) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.meeting.versionConflict");
        }
        if (!m.live()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.notLive");
        }
        AgendaBoard.MeetingChange c = change == null ? new AgendaBoard.MeetingChange(null, null, null) : change;
        boolean moves = c.slot() != null || c.table() != null;
        boolean locked = c.locked() == null ? m.locked() : c.locked();
        if (moves) {
            if ("HELD".equals(m.status())) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.held");
            }
            SlotRow slot = c.slot() == null ? edit.layout.slot(m.slotId()).orElseThrow() : slot(edit.layout, c.slot());
            TableRow table = c.table() == null ? edit.layout.table(m.tableId()).orElseThrow() : table(edit.layout, c.table());
            List<String> conflicts = edit.conflicts(m.id(), m.partyA(), m.partyB(), slot, table, false);
            if (!conflicts.isEmpty()) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.conflict", String.join(" ", conflicts));
            }
            if (!meetings.place(m, slot.id(), table.id(), locked, m.version())) {
                throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.meeting.versionConflict");
            }
            notify(r, AgendaChanged.Change.UPDATED, m.id());
        } else if (!meetings.lock(m.id(), locked, m.version())) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.meeting.versionConflict");
        }
        ruedas.touch(ruedaId);
        return board(ruedas.find(ruedaId).orElseThrow());
    }

    @Transactional
    public AgendaBoard cancel(Actor actor, UUID ruedaId, UUID meetingId, Long expected) {
        StoredRueda r = managing.managed(actor, ruedaId);
        RuedaAccess.requireStatus(r.status().agendaEditable(), "rueda.agenda.notEditable");
        StoredMeeting m = edit(r).meeting(meetingId);
        if (!"SCHEDULED".equals(m.status())) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.notLive");
        }
        if (!meetings.release(m.id(), "CANCELLED", expected == null ? m.version() : expected)) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.meeting.versionConflict");
        }
        notify(r, AgendaChanged.Change.CANCELLED, m.id());
        ruedas.touch(ruedaId);
        return board(ruedas.find(ruedaId).orElseThrow());
    }

    @Transactional
    public AgendaBoard add(Actor actor, UUID ruedaId, AgendaBoard.NewMeeting body) {
        StoredRueda r = managing.managed(actor, ruedaId);
        RuedaAccess.requireStatus(r.status().agendaEditable(), "rueda.agenda.notEditable");
        AgendaBoard.NewMeeting n = body == null ? new AgendaBoard.NewMeeting(null, null, null, null, null) : body;
        if (n.a() == null || n.b() == null) {
            throw ApiException.invalidField(n.a() == null ? "a" : "b", "field.required");
        }
        if (n.a().equals(n.b())) {
            throw ApiException.invalidField("b", "rueda.request.self");
        }
        Edit edit = edit(r);
        SlotRow slot = slot(edit.layout, n.slot());
        TableRow table = table(edit.layout, n.table());
        StoredMeeting existing = edit.meetings.stream()
                .filter(m -> m.involves(n.a()) && m.involves(n.b())).findFirst().orElse(null);
        if (existing != null && existing.live()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.pairExists");
        }
        List<String> conflicts = edit.conflicts(null, n.a(), n.b(), slot, table, true);
        if (!conflicts.isEmpty()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.meeting.conflict", String.join(" ", conflicts));
        }
        Instant now = clock.instant();
        StoredRequest q = requests.livePair(ruedaId, n.a(), n.b()).orElse(null);
        UUID requestId;
        if (q == null) {
            requestId = UUID.randomUUID();
            requests.insert(requestId, ruedaId, n.a(), n.b(), "ORGANIZER", "ACCEPTED", false, null, null, null,
                    actor.userId(), now, null);
        } else {
            requestId = q.id();
        }
        boolean locked = n.locked() == null || n.locked();
        UUID meetingId = existing == null ? UUID.randomUUID() : existing.id();
        if (existing == null) {
            meetings.insert(meetingId, ruedaId, n.a(), n.b(), requestId, slot.id(), table.id(), locked);
        } else {
            meetings.place(existing, slot.id(), table.id(), locked, null);
        }
        notify(r, AgendaChanged.Change.UPDATED, meetingId);
        ruedas.touch(ruedaId);
        return board(ruedas.find(ruedaId).orElseThrow());
    }

    /** Participants hear of changes to an agenda they have been given, not of the organizer's drafts. */
    private void notify(StoredRueda r, AgendaChanged.Change change, UUID meetingId) {
        if (r.status().agendaVisibleToParticipants()) {
            events.publishEvent(new AgendaChanged(r.id(), change, List.of(meetingId)));
        }
    }

    private static SlotRow slot(RuedaLayout layout, String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("slot", "field.required");
        }
        return layout.slot(code.strip()).orElseThrow(() -> ApiException.invalidField("slot", "rueda.meeting.unknownSlot", code));
    }

    private static TableRow table(RuedaLayout layout, String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("table", "field.required");
        }
        return layout.table(code.strip()).orElseThrow(() -> ApiException.invalidField("table", "rueda.meeting.unknownTable", code));
    }

    private Edit edit(StoredRueda r) {
        return new Edit(r, ruedas.layout(r.id()), participants.list(r.id()).stream()
                .collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity())),
                meetings.list(r.id()), requests.live(r.id()));
    }

    /** What an edit is checked against: the rueda as it is now. */
    private final class Edit {
        final StoredRueda rueda;
        final RuedaLayout layout;
        final Map<UUID, StoredParticipant> people;
        final List<StoredMeeting> meetings;
        final List<StoredRequest> live;

        Edit(StoredRueda rueda, RuedaLayout layout, Map<UUID, StoredParticipant> people, List<StoredMeeting> meetings,
             List<StoredRequest> live) {
            this.rueda = rueda;
            this.layout = layout;
            this.people = people;
            this.meetings = meetings;
            this.live = live;
        }

        StoredMeeting meeting(UUID id) {
            return meetings.stream().filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("rueda.meeting.notFound"));
        }

        /** Every reason the pair cannot meet at this slot and table, in Spanish; empty when it can. */
        List<String> conflicts(UUID ignore, UUID a, UUID b, SlotRow slot, TableRow table, boolean adds) {
            List<String> out = new ArrayList<>();
            StoredParticipant pa = people.get(a);
            StoredParticipant pb = people.get(b);
            for (StoredParticipant p : new StoredParticipant[] {pa, pb}) {
                if (p == null || !p.approved()) {
                    out.add(messages.get("rueda.conflict.notApproved"));
                    return out;
                }
            }
            if (table.ownerId() != null && !table.ownerId().equals(a) && !table.ownerId().equals(b)) {
                out.add(messages.get("rueda.conflict.ownTable", table.name(), table.ownerName()));
            }
            for (StoredParticipant p : List.of(pa, pb)) {
                layout.tableOf(p.organizationId()).filter(own -> !own.id().equals(table.id()))
                        .ifPresent(own -> out.add(messages.get("rueda.conflict.mustUseOwnTable", p.name(), own.name())));
                if (!p.sessions().isEmpty() && !p.sessions().contains(slot.sessionCode())) {
                    out.add(messages.get("rueda.conflict.session", p.name(), slot.sessionCode()));
                }
                if (p.unavailableSlots().contains(slot.code())) {
                    out.add(messages.get("rueda.conflict.unavailable", p.name(), slot.code()));
                }
                if (adds) {
                    int cap = p.maxMeetings() == null ? rueda.defaultMaxMeetings() : p.maxMeetings();
                    long held = meetings.stream().filter(m -> m.live() && m.involves(p.organizationId())).count();
                    if (held >= cap) {
                        out.add(messages.get("rueda.conflict.cap", p.name(), cap));
                    }
                }
            }
            live.stream().filter(q -> q.involves(a) && q.involves(b) && q.sessionCode() != null
                            && !q.sessionCode().equals(slot.sessionCode()))
                    .findFirst().ifPresent(q -> out.add(messages.get("rueda.conflict.requestSession", q.sessionCode())));
            for (StoredMeeting m : meetings) {
                if (!m.live() || m.id().equals(ignore) || !m.slotId().equals(slot.id())) {
                    continue;
                }
                for (StoredParticipant p : List.of(pa, pb)) {
                    if (m.involves(p.organizationId())) {
                        StoredParticipant other = people.get(m.other(p.organizationId()));
                        out.add(messages.get("rueda.conflict.busy", p.name(), slot.code(),
                                other == null ? "" : other.name(), m.tableCode()));
                    }
                }
                if (m.tableId().equals(table.id())) {
                    out.add(messages.get("rueda.conflict.tableTaken", table.name(), slot.code()));
                }
            }
            return out;
        }
    }

    private AgendaBoard board(StoredRueda r) {
        RuedaLayout layout = ruedas.layout(r.id());
        List<StoredParticipant> all = participants.list(r.id());
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(StoredParticipant::organizationId, StoredParticipant::name));
        List<StoredMeeting> stored = meetings.list(r.id());
        List<AgendaBoard.Participant> people = all.stream().filter(StoredParticipant::approved).map(p -> new AgendaBoard.Participant(
                p.organizationId(), p.name(), p.role(), p.maxMeetings() == null ? r.defaultMaxMeetings() : p.maxMeetings(),
                p.sessions(), p.unavailableSlots(), p.tableCode(),
                (int) stored.stream().filter(m -> m.live() && m.involves(p.organizationId())).count())).toList();
        List<AgendaBoard.Meeting> shown = stored.stream().filter(StoredMeeting::live).map(m -> new AgendaBoard.Meeting(m.id(),
                m.partyA(), names.getOrDefault(m.partyA(), ""), m.partyB(), names.getOrDefault(m.partyB(), ""), m.slotCode(),
                m.tableCode(), m.status(), m.locked(), m.sequence(), m.version())).toList();
        Set<Set<UUID>> met = new HashSet<>();
        stored.stream().filter(StoredMeeting::live).forEach(m -> met.add(Set.of(m.partyA(), m.partyB())));
        int waiting = (int) requests.live(r.id()).stream().filter(q -> !met.contains(Set.of(q.requesterId(), q.addresseeId()))).count();
        List<AgendaBoard.Unscheduled> left = List.of();
        if (r.agendaUnscheduledJson() != null) {
            try {
                left = List.of(json.readValue(r.agendaUnscheduledJson(), AgendaBoard.Unscheduled[].class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AgendaBoard(r.id(), r.status().name(), r.version(),
                layout.slots().stream().map(s -> new RuedaViews.SlotView(s.code(), s.sessionCode(), s.startsAt(), s.endsAt())).toList(),
                layout.tables().stream().map(t -> new RuedaViews.TableView(t.code(), t.name(), t.ownerId(), t.ownerName())).toList(),
                people, shown, left, managing.figures(r), waiting);
    }
}
