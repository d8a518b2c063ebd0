package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.PlainTextPolicy;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.RecommendingCounterparts.Recommendation;
import co.encadena.api.ruedas.application.RuedaViews.RequestView;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.RuedaRequests;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRequest;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The request phase. Approved participants ask each other for meetings (a request to someone who already
 * asked you makes it mutual), answer the requests addressed to them, and withdraw their own; each may have at
 * most the rueda's number of unanswered requests out at once, and an unanswered request lapses after the
 * rueda's expiry. Organizers add requests between any two participants (optionally mandatory) until the agenda
 * is published.
 */
@Singleton
public class RequestingMeetings {

    /** A new request. A firm names the counterpart; an organizer also names the requester. */
    @Serdeable
    public record RequestDraft(@Nullable UUID counterpartId,
                               @Nullable @Schema(description = "Solo organizadores: quien solicita") UUID requesterId,
                               @Nullable @Schema(description = "Mensaje breve para la contraparte") String note,
                               @Nullable @Schema(description = "Jornada en la que debe ocurrir (código); vacío = cualquiera") String sessionCode,
                               @Nullable @Schema(description = "Solo organizadores: la cita debe programarse") Boolean mandatory) {
    }

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaRequests requests;
    private final RuedaMeetings meetings;
    private final ManagingRuedas managing;
    private final RecommendingCounterparts recommending;
    private final Clock clock;

    RequestingMeetings(Ruedas ruedas, RuedaParticipants participants, RuedaRequests requests, RuedaMeetings meetings,
                       ManagingRuedas managing, RecommendingCounterparts recommending, Clock clock) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.managing = managing;
        this.recommending = recommending;
        this.clock = clock;
    }

    @Transactional
    public List<RequestView> list(Actor actor, UUID ruedaId) {
        Context ctx = context(actor, ruedaId, false);
        requests.expire(ruedaId, clock.instant());
        UUID me = ctx.manages ? null : ctx.self.organizationId();
        return requests.list(ruedaId, me).stream().map(q -> view(q, me)).toList();
    }

    /** Recommended counterparts of the caller (or, for organizers, of {@code forOrganization}). */
    @Transactional
    public List<Recommendation> recommendations(Actor actor, UUID ruedaId, @Nullable UUID forOrganization) {
        Context ctx = context(actor, ruedaId, false);
        StoredParticipant subject;
        if (ctx.manages) {
            if (forOrganization == null) {
                throw ApiException.invalidField("for", "rueda.recommendations.forRequired");
            }
            subject = participants.find(ruedaId, forOrganization)
                    .orElseThrow(() -> ApiException.notFound("rueda.participant.notFound"));
        } else {
            subject = ctx.self;
        }
        requests.expire(ruedaId, clock.instant());
        return recommending.forParticipant(subject, participants.list(ruedaId), requests.list(ruedaId, subject.organizationId()));
    }

    @Transactional
    public RequestView create(Actor actor, UUID ruedaId, RequestDraft draft) {
        Context ctx = context(actor, ruedaId, true);
        RequestDraft d = draft == null ? new RequestDraft(null, null, null, null, null) : draft;
        Instant now = clock.instant();
        requests.expire(ruedaId, now);
        Violations out = new Violations();
        String note = PlainTextPolicy.paragraph(out, "note", d.note(), 500, false);
        String session = d.sessionCode() == null || d.sessionCode().isBlank() ? null : d.sessionCode().strip();
        if (session != null) {
            List<String> sessions = ruedas.layout(ruedaId).sessions().stream().map(RuedaLayout.Session::code).toList();
            if (!sessions.contains(session)) {
                out.add("sessionCode", "rueda.participant.unknownCode", session, String.join(", ", sessions));
            }
        }
        if (d.counterpartId() == null) {
            out.add("counterpartId", "field.required");
        }
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        Map<UUID, StoredParticipant> all = participants.list(ruedaId).stream()
                .collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity()));
        StoredParticipant requester;
        if (ctx.manages) {
            RuedaAccess.requireStatus(ctx.rueda.status() == RuedaStatus.REQUESTS || ctx.rueda.status() == RuedaStatus.SCHEDULING,
                    "rueda.requests.closedForOrganizer");
            if (d.requesterId() == null) {
                throw ApiException.invalidField("requesterId", "field.required");
            }
            requester = approved(all, d.requesterId(), "requesterId");
        } else {
            RuedaAccess.requireStatus(ctx.rueda.status() == RuedaStatus.REQUESTS, "rueda.requests.closed");
            requester = ctx.self;
            if (!requester.approved()) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.notApproved");
            }
            if (Boolean.TRUE.equals(d.mandatory())) {
                throw ApiException.invalidField("mandatory", "rueda.request.mandatoryByOrganizer");
            }
        }
        StoredParticipant counterpart = approved(all, d.counterpartId(), "counterpartId");
        if (counterpart.organizationId().equals(requester.organizationId())) {
            throw ApiException.invalidField("counterpartId", "rueda.request.self");
        }
        StoredRequest existing = requests.livePair(ruedaId, requester.organizationId(), counterpart.organizationId()).orElse(null);
        if (existing != null) {
            boolean theyAsked = existing.requesterId().equals(counterpart.organizationId()) && "PENDING".equals(existing.status());
            if (!ctx.manages && theyAsked) {
                // asking someone who already asked you makes the request mutual
                if (!requests.decide(existing.id(), "ACCEPTED", null, now, existing.version())) {
                    throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.request.versionConflict");
                }
                return view(requests.find(ruedaId, existing.id()).orElseThrow(), requester.organizationId());
            }
            if (ctx.manages) {
                if (!requests.decide(existing.id(), "ACCEPTED", Boolean.TRUE.equals(d.mandatory()) ? Boolean.TRUE : null,
                        now, existing.version())) {
                    throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.request.versionConflict");
                }
                return view(requests.find(ruedaId, existing.id()).orElseThrow(), null);
            }
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.request.exists", counterpart.name());
        }
        if (!ctx.manages && requests.pendingSentBy(ruedaId, requester.organizationId()) >= ctx.rueda.maxOpenRequests()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.request.capReached", ctx.rueda.maxOpenRequests());
        }
        Double score = recommending.pairScore(requester, counterpart);
        UUID id = UUID.randomUUID();
        boolean organizer = ctx.manages;
        requests.insert(id, ruedaId, requester.organizationId(), counterpart.organizationId(),
                organizer ? "ORGANIZER" : requester.role(), organizer ? "ACCEPTED" : "PENDING",
                organizer && Boolean.TRUE.equals(d.mandatory()), session,
                score == null ? null : BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP), note, actor.userId(), now,
                organizer ? null : now.plus(Duration.ofDays(ctx.rueda.requestExpiryDays())));
        return view(requests.find(ruedaId, id).orElseThrow(), organizer ? null : requester.organizationId());
    }

    /** accept | decline (by the addressee), withdraw (by the requester); organizers may decline or withdraw any. */
    @Transactional
    public RequestView answer(Actor actor, UUID ruedaId, UUID requestId, String action, Long expected) {
        Context ctx = context(actor, ruedaId, true);
        Instant now = clock.instant();
        requests.expire(ruedaId, now);
        StoredRequest q = requests.find(ruedaId, requestId).orElseThrow(() -> ApiException.notFound("rueda.request.notFound"));
        UUID me = ctx.manages ? null : ctx.self.organizationId();
        if (me != null && !q.involves(me)) {
            throw ApiException.notFound("rueda.request.notFound");
        }
        if (expected != null && expected != q.version()) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.request.versionConflict");
        }
        String status = switch (action) {
            case "accept" -> "ACCEPTED";
            case "decline" -> "DECLINED";
            case "withdraw" -> "WITHDRAWN";
            default -> throw ApiException.notFound("error.routeNotFound", action);
        };
        RuedaAccess.requireStatus(ctx.rueda.status() == RuedaStatus.REQUESTS
                || (ctx.rueda.status() == RuedaStatus.SCHEDULING && (ctx.manages || !"ACCEPTED".equals(status))),
                "rueda.requests.closed");
        if (me != null) {
            boolean addressee = q.addresseeId().equals(me);
            if ((status.equals("ACCEPTED") || status.equals("DECLINED")) && !addressee) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.request.onlyAddressee");
            }
            if (status.equals("WITHDRAWN") && addressee) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.request.onlyRequester");
            }
        } else if (status.equals("ACCEPTED") && !"PENDING".equals(q.status())) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.request.notPending");
        }
        boolean allowed = switch (status) {
            case "ACCEPTED", "DECLINED" -> "PENDING".equals(q.status()) || (me == null && q.live());
            default -> q.live();
        };
        if (!allowed) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.request.notPending");
        }
        if (!status.equals("ACCEPTED") && meetings.list(ruedaId).stream()
                .anyMatch(m -> m.live() && m.involves(q.requesterId()) && m.involves(q.addresseeId()))) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.request.hasMeeting");
        }
        if (!requests.decide(q.id(), status, null, now, q.version())) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.request.versionConflict");
        }
        return view(requests.find(ruedaId, requestId).orElseThrow(), me);
    }

    private static StoredParticipant approved(Map<UUID, StoredParticipant> all, UUID id, String field) {
        StoredParticipant p = all.get(id);
        if (p == null || !p.approved()) {
            throw ApiException.invalidField(field, "rueda.request.counterpartNotApproved");
        }
        return p;
    }

    static RequestView view(StoredRequest q, @Nullable UUID me) {
        return new RequestView(q.id(), q.requesterId(), q.requesterName(), q.addresseeId(), q.addresseeName(),
                q.requestedBy(), q.status(), q.mandatory(), q.sessionCode(),
                q.matchScore() == null ? null : q.matchScore().doubleValue(), q.note(), q.createdAt(), q.expiresAt(),
                q.decidedAt(), me != null && q.requesterId().equals(me), me != null && q.addresseeId().equals(me),
                q.version());
    }

    private record Context(StoredRueda rueda, StoredParticipant self, boolean manages) {
    }

    private Context context(Actor actor, UUID ruedaId, boolean lock) {
        StoredRueda r = (lock ? ruedas.lock(ruedaId) : ruedas.find(ruedaId))
                .orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        StoredParticipant self = managing.self(actor, ruedaId);
        RuedaAccess.requireVisible(actor, r, self);
        boolean manages = RuedaAccess.manages(actor, r);
        if (!manages) {
            RuedaAccess.requireParticipant(self);
        }
        return new Context(r, self, manages);
    }
}
