package co.encadena.api.ruedas.followup.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.Messages;
import co.encadena.api.common.PublicUrl;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.mail.Mail;
import co.encadena.api.mail.Mailer;
import co.encadena.api.ruedas.application.RuedaAccess;
import co.encadena.api.ruedas.followup.domain.FollowUpCalendar;
import co.encadena.api.ruedas.followup.persistence.FollowUps;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredMeeting;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follow-up after a rueda: the daily job that asks each side of a held meeting for its outcome at 30, 90 and 180
 * days and sends the next-step reminders (15 days before, overdue alert to the organizer a month after,
 * escalation after two), and the organizer's follow-up board, overdue first. Each task and notice is recorded
 * before its e-mail goes, and only the run that records it sends it.
 */
@Singleton
public class FollowingUp {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** What a run sent. */
    @Serdeable
    public record Run(LocalDate day, int tasksCreated, int noticesSent) {
    }

    /** One side of a held meeting on the follow-up board. */
    @Serdeable
    public record Item(UUID meetingId, UUID organizationId, String name, String counterpartName,
                       @Nullable String interest, @Nullable String nextStep, @Nullable LocalDate nextStepDate,
                       long expectedValueCop, String state, long daysOverdue, List<Integer> openTasks) {
    }

    /** The organizer's follow-up board of a rueda. */
    @Serdeable
    public record Board(UUID ruedaId, LocalDate today, int overdue, List<Item> items) {
    }

    private final FollowUps followUps;
    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final Mailer mailer;
    private final Messages messages;
    private final PublicUrl publicUrl;
    private final Clock clock;

    FollowingUp(FollowUps followUps, Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings,
                Mailer mailer, Messages messages, PublicUrl publicUrl, Clock clock) {
        this.followUps = followUps;
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Scheduled(cron = "${encadena.follow-up.cron:0 0 12 * * *}")
    void daily() {
        run(today());
    }

    private LocalDate today() {
        return clock.instant().atZone(BOGOTA).toLocalDate();
    }

    /** Creates the tasks and sends the notices due on {@code day}; safe to run any number of times. */
    @Transactional
    public Run run(LocalDate day) {
        int tasks = 0;
        int notices = 0;
        Map<UUID, Map<UUID, StoredParticipant>> people = new HashMap<>();
        for (FollowUps.HeldMeeting m : followUps.heldInFinishedRuedas()) {
            Map<UUID, StoredParticipant> byId = people.computeIfAbsent(m.ruedaId(), this::participantsOf);
            for (UUID side : List.of(m.partyA(), m.partyB())) {
                int newest = -1;
                for (int milestone : FollowUpCalendar.MILESTONES) {
                    LocalDate due = FollowUpCalendar.taskDue(m.ruedaDay(), milestone);
                    if (!due.isAfter(day) && followUps.createTask(m.meetingId(), side, milestone, due, clock.instant())) {
                        tasks++;
                        newest = milestone;
                    }
                }
                StoredParticipant p = byId.get(side);
                StoredParticipant other = byId.get(side.equals(m.partyA()) ? m.partyB() : m.partyA());
                if (newest > 0 && p != null && p.contactEmail() != null) {
                    mailer.send(new Mail(p.contactEmail(), messages.get("followup.mail.task.subject", m.ruedaName()),
                            messages.get("followup.mail.task.body", p.name(), String.valueOf(newest), m.ruedaName(),
                                    other == null ? "" : other.name(),
                                    publicUrl.to("/ruedas/" + m.ruedaId() + "/seguimiento"))));
                }
            }
        }
        for (FollowUps.NextStep step : followUps.nextSteps()) {
            FollowUps.Outcome o = step.outcome();
            Optional<FollowUpCalendar.Notice> due = FollowUpCalendar.noticeDue(o.nextStepDate(), day);
            if (due.isEmpty()) {
                continue;
            }
            Map<UUID, StoredParticipant> byId = people.computeIfAbsent(step.ruedaId(), this::participantsOf);
            StoredParticipant p = byId.get(o.organizationId());
            String name = p == null ? "" : p.name();
            FollowUpCalendar.Notice kind = due.get();
            Set<String> to = new TreeSet<>();
            if (kind == FollowUpCalendar.Notice.NEXT_STEP_SOON) {
                if (p != null && p.contactEmail() != null) {
                    to.add(p.contactEmail());
                }
            } else {
                to.addAll(followUps.organizerEmails(step.ruedaId(), kind == FollowUpCalendar.Notice.NEXT_STEP_ESCALATED));
            }
            if (to.isEmpty() || !followUps.recordNotice(o.meetingId(), o.organizationId(), kind.name(), o.nextStepDate(),
                    clock.instant(), String.join(",", to))) {
                continue;
            }
            String key = "followup.mail." + kind.name();
            for (String address : to) {
                mailer.send(new Mail(address, messages.get(key + ".subject", name, step.ruedaName()),
                        messages.get(key + ".body", name, step.ruedaName(), o.nextStep(), o.nextStepDate().toString(),
                                publicUrl.to("/ruedas/" + step.ruedaId() + "/seguimiento"))));
            }
            notices++;
        }
        return new Run(day, tasks, notices);
    }

    private Map<UUID, StoredParticipant> participantsOf(UUID ruedaId) {
        return participants.list(ruedaId).stream()
                .collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity()));
    }

    /** Every side of every held meeting: overdue next steps first (most overdue on top), then due soon, then open tasks. */
    @Transactional
    public Board board(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        LocalDate today = today();
        Map<UUID, StoredParticipant> byId = participantsOf(ruedaId);
        Map<String, FollowUps.Outcome> outcomes = followUps.outcomes(ruedaId).stream()
                .collect(Collectors.toMap(o -> o.meetingId() + "/" + o.organizationId(), Function.identity()));
        Map<String, List<Integer>> open = new HashMap<>();
        for (FollowUps.Task t : followUps.tasks(ruedaId)) {
            if (t.answeredAt() == null) {
                open.computeIfAbsent(t.meetingId() + "/" + t.organizationId(), k -> new ArrayList<>()).add(t.milestoneDays());
            }
        }
        List<Item> items = new ArrayList<>();
        for (StoredMeeting m : meetings.list(ruedaId)) {
            if (!"HELD".equals(m.status())) {
                continue;
            }
            for (UUID side : List.of(m.partyA(), m.partyB())) {
                String key = m.id() + "/" + side;
                FollowUps.Outcome o = outcomes.get(key);
                List<Integer> tasks = open.getOrDefault(key, List.of()).stream().sorted().toList();
                long overdue = 0;
                String state;
                if (o != null && o.nextStepDate() != null && o.nextStepDate().isBefore(today)) {
                    overdue = ChronoUnit.DAYS.between(o.nextStepDate(), today);
                    state = "OVERDUE";
                } else if (o != null && o.nextStepDate() != null
                        && !today.isBefore(o.nextStepDate().minusDays(FollowUpCalendar.REMINDER_DAYS_BEFORE))) {
                    state = "DUE_SOON";
                } else if (!tasks.isEmpty() || o == null) {
                    state = "AWAITING_OUTCOME";
                } else {
                    state = "ON_TRACK";
                }
                StoredParticipant p = byId.get(side);
                StoredParticipant other = byId.get(m.other(side));
                items.add(new Item(m.id(), side, p == null ? "" : p.name(), other == null ? "" : other.name(),
                        o == null ? null : o.interest(), o == null ? null : o.nextStep(), o == null ? null : o.nextStepDate(),
                        o == null ? 0 : o.expectedValueCop(), state, overdue, tasks));
            }
        }
        List<String> order = List.of("OVERDUE", "DUE_SOON", "AWAITING_OUTCOME", "ON_TRACK");
        items.sort(Comparator.comparingInt((Item i) -> order.indexOf(i.state()))
                .thenComparing(Comparator.comparingLong(Item::daysOverdue).reversed())
                .thenComparing(Item::name));
        int overdue = (int) items.stream().filter(i -> "OVERDUE".equals(i.state())).count();
        return new Board(ruedaId, today, overdue, items);
    }
}
