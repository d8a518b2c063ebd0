package co.encadena.api.requirements.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.PublishingPolicy;
import co.encadena.api.requirements.domain.RequirementStatus;
import co.encadena.api.requirements.persistence.AnchorRef;
import co.encadena.api.requirements.persistence.Anchors;
import co.encadena.api.requirements.persistence.Requirements;
import co.encadena.api.requirements.persistence.StoredRequirement;
import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The requirement editor's use cases: an anchor (or an organizer on its behalf) creates a draft, edits it,
 * publishes it and closes it. Each call is one transaction, with the search-index outbox row of the requirement
 * it changed.
 */
@Singleton
public class EditingRequirements {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final RequirementValidator validator;
    private final Anchors anchors;
    private final Requirements requirements;
    private final SearchOutbox outbox;
    private final Clock clock;

    EditingRequirements(RequirementValidator validator, Anchors anchors, Requirements requirements, SearchOutbox outbox,
                        Clock clock) {
        this.validator = validator;
        this.anchors = anchors;
        this.requirements = requirements;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates a DRAFT. An anchor creates for itself (the body's anchor is ignored); an organizer names the
     * anchor in the body, which is created if it does not exist. Without an external id one is generated.
     */
    @Transactional
    public StoredRequirement create(Actor actor, RequirementDraft draft) {
        RequirementDraft withId = draft.externalId() == null || draft.externalId().isBlank()
                ? withExternalId(draft, generatedExternalId()) : draft;
        UUID anchorId;
        RequirementValidator.Valid valid;
        if (actor.is(Actor.ANCHOR)) {
            AnchorRef own = ownAnchor(actor);
            valid = validator.validate(withId, false);
            anchorId = own.id();
        } else if (actor.isStaff()) {
            valid = validator.validate(withId, true);
            AnchorProfile anchor = valid.anchor();
            anchors.insertMissing(List.of(anchor));
            AnchorRef ref = anchors.lockByNits(List.of(anchor.nit())).get(anchor.nit());
            if (ref == null || !ref.isAnchor()) {
                throw InvalidRecordException.of("anchor.nit", "requirement.anchor.notAnAnchor", anchor.nit());
            }
            anchorId = ref.id();
        } else {
            throw ApiException.of(HttpStatus.FORBIDDEN, "requirement.forbidden");
        }
        Requirements.Key key = new Requirements.Key(anchorId, valid.requirement().externalId());
        if (!requirements.lockByKeys(List.of(key)).isEmpty()) {
            throw InvalidRecordException.of("externalId", "requirement.duplicate", key.externalId());
        }
        UUID id = UUID.randomUUID();
        requirements.write(List.of(new Requirements.Row(id, anchorId, RequirementStatus.DRAFT, valid.requirement())));
        outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, id);
        return requirements.findById(id).orElseThrow();
    }

    /** Replaces the fields of a draft or open requirement; its anchor and status stay. */
    @Transactional
    public StoredRequirement update(Actor actor, UUID id, RequirementDraft draft, Long expectedVersion) {
        StoredRequirement current = lockedForEdit(actor, id, expectedVersion);
        if (!current.status().editable()) {
            throw ApiException.of(HttpStatus.CONFLICT, "requirement.closed");
        }
        RequirementValidator.Valid valid = validator.validate(draft, false);
        String externalId = valid.requirement().externalId();
        if (!externalId.equals(current.requirement().externalId())) {
            Map<Requirements.Key, Requirements.Existing> clash =
                    requirements.lockByKeys(List.of(new Requirements.Key(current.anchorId(), externalId)));
            if (!clash.isEmpty()) {
                throw InvalidRecordException.of("externalId", "requirement.duplicate", externalId);
            }
        }
        if (!valid.requirement().equals(current.requirement())) {
            requirements.write(List.of(new Requirements.Row(id, current.anchorId(), current.status(), valid.requirement())));
            outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, id);
        }
        return requirements.findById(id).orElseThrow();
    }

    /** DRAFT → OPEN (suppliers see it) or OPEN → CLOSED. */
    @Transactional
    public StoredRequirement move(Actor actor, UUID id, RequirementStatus next) {
        StoredRequirement current = lockedForEdit(actor, id, null);
        if (!current.status().canMoveTo(next)) {
            throw ApiException.of(HttpStatus.CONFLICT, "requirement.transition", current.status().name(), next.name());
        }
        if (next == RequirementStatus.OPEN) {
            PublishingPolicy.whyNot(current.requirement(), LocalDate.ofInstant(clock.instant(), RequirementValidator.BOGOTA))
                    .ifPresent(reason -> {
                        throw ApiException.of(HttpStatus.CONFLICT, reason);
                    });
        }
        requirements.changeStatus(id, next);
        outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, id);
        return requirements.findById(id).orElseThrow();
    }

    /** Only a draft can be deleted; a published requirement is closed instead, so its history stays. */
    @Transactional
    public void delete(Actor actor, UUID id) {
        StoredRequirement current = lockedForEdit(actor, id, null);
        if (current.status() != RequirementStatus.DRAFT) {
            throw ApiException.of(HttpStatus.CONFLICT, "requirement.deleteNotDraft");
        }
        requirements.delete(id);
        outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, id);
    }

    private StoredRequirement lockedForEdit(Actor actor, UUID id, Long expectedVersion) {
        requirements.lockById(id).orElseThrow(() -> ApiException.notFound("requirement.notFound"));
        StoredRequirement current = requirements.findById(id).orElseThrow(() -> ApiException.notFound("requirement.notFound"));
        RequirementAccess.requireEdit(actor, current);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "requirement.versionConflict");
        }
        return current;
    }

    private AnchorRef ownAnchor(Actor actor) {
        if (actor.organizationId() == null) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "requirement.forbidden");
        }
        AnchorRef own = anchors.findById(actor.organizationId(), true)
                .orElseThrow(() -> ApiException.of(HttpStatus.FORBIDDEN, "requirement.forbidden"));
        if (!own.isAnchor()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "requirement.forbidden");
        }
        return own;
    }

    private String generatedExternalId() {
        StringBuilder id = new StringBuilder("REQ-").append(LocalDate.ofInstant(clock.instant(), RequirementValidator.BOGOTA).getYear()).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    private static RequirementDraft withExternalId(RequirementDraft d, String externalId) {
        return new RequirementDraft(d.anchor(), externalId, d.title(), d.description(), d.valueChain(), d.link(),
                d.ciiu(), d.unspsc(), d.requiredCertifications(), d.preferredCertifications(),
                d.deliveryMunicipalities(), d.maxDistanceKm(), d.quantity(), d.neededBy(), d.inclusionPreferences(),
                d.status());
    }
}
