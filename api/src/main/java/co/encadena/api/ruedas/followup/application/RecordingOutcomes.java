package co.encadena.api.ruedas.followup.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.RuedaAccess;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.followup.domain.Interest;
import co.encadena.api.ruedas.followup.persistence.FollowUps;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Each side of a held meeting reports its outcome: interest, a next step with the date it commits to, and the
 * business it expects in COP. A firm reports only for itself and only on its own meetings; the organizer's
 * staff may report for either side (as they do when they call firms).
 */
@Singleton
public class RecordingOutcomes {

    /** What a side reports; {@code organizationId} only when staff report for a side. */
    @Serdeable
    public record Report(@Nullable String organizationId, @Nullable String interest, @Nullable String nextStep,
                         @Nullable String nextStepDate, @Nullable Long expectedValueCop) {
    }

    /** One side's outcome as stored. */
    @Serdeable
    public record SideOutcome(UUID meetingId, UUID organizationId, String interest, @Nullable String nextStep,
                              @Nullable LocalDate nextStepDate, long expectedValueCop, Instant recordedAt) {
    }

    private static final long MAX_VALUE_COP = 1_000_000_000_000_000L;

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final FollowUps followUps;
    private final Clock clock;

    RecordingOutcomes(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings, FollowUps followUps,
                      Clock clock) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Transactional
    public List<SideOutcome> record(Actor actor, UUID ruedaId, UUID meetingId, Report body) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        StoredMeeting m = meeting(actor, r, meetingId);
        Report b = body == null ? new Report(null, null, null, null, null) : body;
        UUID side;
        if (RuedaAccess.manages(actor, r)) {
            if (b.organizationId() == null || b.organizationId().isBlank()) {
                throw ApiException.invalidField("organizationId", "field.required");
            }
            try {
                side = UUID.fromString(b.organizationId().strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("organizationId", "rueda.day.badId");
            }
            if (!m.involves(side)) {
                throw ApiException.invalidField("organizationId", "followup.outcome.notASide");
            }
        } else {
            side = actor.organizationId();
        }
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        Interest interest = null;
        if (b.interest() == null || b.interest().isBlank()) {
            problems.add(new ApiException.FieldProblem("interest", "field.required"));
        } else {
            try {
                interest = Interest.valueOf(b.interest().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ApiException.FieldProblem("interest", "followup.outcome.interest"));
            }
        }
        String nextStep = b.nextStep() == null || b.nextStep().isBlank() ? null : b.nextStep().strip();
        if (nextStep != null && nextStep.length() > 1000) {
            problems.add(new ApiException.FieldProblem("nextStep", "followup.outcome.nextStepTooLong"));
        }
        LocalDate date = null;
        if (b.nextStepDate() != null && !b.nextStepDate().isBlank()) {
            try {
                date = LocalDate.parse(b.nextStepDate().strip());
                if (date.isBefore(r.startsOn())) {
                    problems.add(new ApiException.FieldProblem("nextStepDate", "followup.outcome.dateBeforeRueda"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new ApiException.FieldProblem("nextStepDate", "followup.outcome.date"));
            }
        }
        if ((nextStep == null) != (b.nextStepDate() == null || b.nextStepDate().isBlank())) {
            problems.add(new ApiException.FieldProblem(nextStep == null ? "nextStep" : "nextStepDate",
                    "followup.outcome.stepAndDate"));
        }
        long value = b.expectedValueCop() == null ? 0 : b.expectedValueCop();
        if (value < 0 || value > MAX_VALUE_COP) {
            problems.add(new ApiException.FieldProblem("expectedValueCop", "followup.outcome.value"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        RuedaAccess.requireStatus(r.status().ordinal() >= RuedaStatus.IN_PROGRESS.ordinal(), "followup.outcome.tooEarly");
        if (!"HELD".equals(m.status())) {
            throw ApiException.of(HttpStatus.CONFLICT, "followup.outcome.notHeld");
        }
        followUps.saveOutcome(m.id(), side, interest.name(), nextStep, date, value, clock.instant(), actor.userId());
        return outcomes(actor, r, m);
    }

    @Transactional
    public List<SideOutcome> outcomes(Actor actor, UUID ruedaId, UUID meetingId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        return outcomes(actor, r, meeting(actor, r, meetingId));
    }

    private List<SideOutcome> outcomes(Actor actor, StoredRueda r, StoredMeeting m) {
        boolean manages = RuedaAccess.manages(actor, r);
        return followUps.outcomes(r.id()).stream()
                .filter(o -> o.meetingId().equals(m.id()) && (manages || o.organizationId().equals(actor.organizationId())))
                .map(o -> new SideOutcome(o.meetingId(), o.organizationId(), o.interest(), o.nextStep(), o.nextStepDate(),
                        o.expectedValueCop(), o.recordedAt()))
                .toList();
    }

    /** The meeting, when the caller manages the rueda or is one of its sides. */
    private StoredMeeting meeting(Actor actor, StoredRueda r, UUID meetingId) {
        boolean manages = RuedaAccess.manages(actor, r);
        StoredParticipant self = actor.organizationId() == null || actor.isStaff() ? null
                : participants.find(r.id(), actor.organizationId()).orElse(null);
        if (!manages) {
            RuedaAccess.requireVisible(actor, r, self);
            if (actor.isStaff()) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden");
            }
        }
        StoredMeeting m = meetings.find(r.id(), meetingId).orElseThrow(() -> ApiException.notFound("rueda.meeting.notFound"));
        if (!manages && (self == null || !m.involves(self.organizationId()))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "followup.outcome.notYours");
        }
        return m;
    }
}
