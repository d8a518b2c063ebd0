package co.encadena.api.ruedas.day.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.RuedaAccess;
import co.encadena.api.ruedas.day.persistence.RuedaDay;
import co.encadena.api.ruedas.domain.RuedaStatus;
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
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checking participants in on the day, by the code on their agenda's QR or by organization (found by name), and
 * the live board of who is present per slot and table. Checking in twice — or by two staff at once — is the
 * same single check-in: the second answer says it already existed.
 */
@Singleton
public class CheckingIn {

    /** What staff send: the code read from the QR, or the organization picked from a name search. */
    @Serdeable
    public record Request(@Nullable String code, @Nullable String organizationId) {
    }

    /** A participant as the check-in desk sees it. */
    @Serdeable
    public record Attendee(UUID organizationId, String name, @Nullable String nit, String role, boolean checkedIn,
                           @Nullable Instant checkedInAt, boolean absent) {
    }

    /**
     * The answer to a check-in; {@code alreadyCheckedIn} when it had been done before; {@code arrivedAfterAbsence}
     * when the participant had been marked absent (a no-show) and is here after all: the absence is forgotten, so a
     * re-fill may place it again, while the meetings its absence cancelled stay cancelled.
     */
    @Serdeable
    public record Result(Attendee attendee, boolean alreadyCheckedIn, boolean arrivedAfterAbsence) {
    }

    /** One side of a meeting on the live board. */
    @Serdeable
    public record Side(UUID organizationId, String name, boolean present) {
    }

    /** A meeting on the live board. */
    @Serdeable
    public record LiveMeeting(UUID id, String slot, Instant startsAt, String table, String status, Side a, Side b) {
    }

    /** Per slot and table, who is present; plus totals. */
    @Serdeable
    public record LiveBoard(UUID ruedaId, String status, int participants, int checkedIn, int absent,
                            List<LiveMeeting> meetings) {
    }

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final RuedaDay day;
    private final Clock clock;

    CheckingIn(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings, RuedaDay day, Clock clock) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.day = day;
        this.clock = clock;
    }

    @Transactional
    public Result checkIn(Actor actor, UUID ruedaId, Request body) {
        StoredRueda r = managed(actor, ruedaId);
        RuedaAccess.requireStatus(r.status() == RuedaStatus.PUBLISHED || r.status() == RuedaStatus.IN_PROGRESS,
                "rueda.day.notOnTheDay");
        Request b = body == null ? new Request(null, null) : body;
        StoredParticipant p;
        String method;
        if (b.code() != null && !b.code().isBlank()) {
            String code = b.code().strip();
            if (code.length() > 64) {
                throw ApiException.invalidField("code", "rueda.day.unknownCode");
            }
            p = participants.byCheckInCode(ruedaId, code)
                    .or(() -> participants.byCheckInCode(ruedaId, code.toUpperCase(Locale.ROOT)))
                    .orElseThrow(() -> ApiException.invalidField("code", "rueda.day.unknownCode"));
            method = "CODE";
        } else if (b.organizationId() != null && !b.organizationId().isBlank()) {
            UUID org = uuid("organizationId", b.organizationId());
            p = participants.find(ruedaId, org)
                    .orElseThrow(() -> ApiException.invalidField("organizationId", "rueda.day.notParticipant"));
            method = "SEARCH";
        } else {
            throw ApiException.invalidField("code", "rueda.day.codeOrOrganization");
        }
        if (!p.approved()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.day.notApproved", p.name());
        }
        RuedaDay.CheckIn done = day.checkIn(ruedaId, p.organizationId(), clock.instant(), actor.userId(), method);
        boolean wasAbsent = day.clearAbsence(ruedaId, p.organizationId());
        if (wasAbsent) {
            ruedas.touch(ruedaId);
        }
        return new Result(new Attendee(p.organizationId(), p.name(), p.nit(), p.role(), true, done.checkedInAt(), false),
                !done.created(), wasAbsent);
    }

    /** Approved participants whose name or NIT contains {@code q} (accents and case ignored), with their state. */
    @Transactional
    public List<Attendee> attendees(Actor actor, UUID ruedaId, @Nullable String q) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        if (q != null && q.length() > 200) {
            throw ApiException.invalidField("q", "rueda.day.queryTooLong");
        }
        String needle = q == null ? "" : fold(q.strip());
        Map<UUID, Instant> in = day.checkIns(ruedaId);
        Set<UUID> absent = day.absent(ruedaId);
        return participants.list(ruedaId).stream().filter(StoredParticipant::approved)
                .filter(p -> needle.isEmpty() || fold(p.name()).contains(needle) || (p.nit() != null && p.nit().contains(needle)))
                .map(p -> new Attendee(p.organizationId(), p.name(), p.nit(), p.role(), in.containsKey(p.organizationId()),
                        in.get(p.organizationId()), absent.contains(p.organizationId())))
                .toList();
    }

    @Transactional
    public LiveBoard live(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        Map<UUID, Instant> in = day.checkIns(ruedaId);
        Set<UUID> absent = day.absent(ruedaId);
        List<StoredParticipant> approved = participants.list(ruedaId).stream().filter(StoredParticipant::approved).toList();
        Map<UUID, StoredParticipant> byId = approved.stream()
                .collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity()));
        RuedaLayout layout = ruedas.layout(ruedaId);
        List<LiveMeeting> out = new ArrayList<>();
        for (StoredMeeting m : meetings.list(ruedaId)) {
            if ("CANCELLED".equals(m.status())) {
                continue;
            }
            Instant starts = layout.slot(m.slotId()).map(RuedaLayout.SlotRow::startsAt).orElse(null);
            out.add(new LiveMeeting(m.id(), m.slotCode(), starts, m.tableCode(), m.status(),
                    side(m.partyA(), byId, in), side(m.partyB(), byId, in)));
        }
        int present = (int) approved.stream().filter(p -> in.containsKey(p.organizationId())).count();
        return new LiveBoard(ruedaId, r.status().name(), approved.size(), present, absent.size(), out);
    }

    private static Side side(UUID id, Map<UUID, StoredParticipant> byId, Map<UUID, Instant> in) {
        StoredParticipant p = byId.get(id);
        return new Side(id, p == null ? "" : p.name(), in.containsKey(id));
    }

    private StoredRueda managed(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        return r;
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "rueda.day.badId");
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
