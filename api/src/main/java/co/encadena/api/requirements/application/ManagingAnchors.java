package co.encadena.api.requirements.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.persistence.AnchorRef;
import co.encadena.api.requirements.persistence.Anchors;
import co.encadena.api.requirements.persistence.Requirements;
import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** An anchor's own profile (NIT, name, type), and the organizers' list of anchors. */
@Singleton
public class ManagingAnchors {

    private final Anchors anchors;
    private final Requirements requirements;
    private final RequirementValidator validator;
    private final SearchOutbox outbox;

    ManagingAnchors(Anchors anchors, Requirements requirements, RequirementValidator validator, SearchOutbox outbox) {
        this.anchors = anchors;
        this.requirements = requirements;
        this.validator = validator;
        this.outbox = outbox;
    }

    public AnchorDetails details(Actor actor, UUID id) {
        AnchorRef ref = anchors.findById(id, false).filter(AnchorRef::isAnchor)
                .orElseThrow(() -> ApiException.notFound("anchor.notFound"));
        return view(ref);
    }

    /** The anchor itself or an organizer changes its name and type; the NIT cannot change. */
    @Transactional
    public AnchorDetails update(Actor actor, UUID id, RequirementDraft.AnchorDraft draft) {
        if (!(actor.isStaff() || (actor.is(Actor.ANCHOR) && actor.belongsTo(id)))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "anchor.forbidden");
        }
        AnchorRef ref = anchors.findById(id, true).filter(AnchorRef::isAnchor)
                .orElseThrow(() -> ApiException.notFound("anchor.notFound"));
        AnchorProfile profile = validator.validateAnchor(draft);
        if (ref.profile().nit() != null && !ref.profile().nit().equals(profile.nit())) {
            throw InvalidRecordException.of("nit", "anchor.nit.immutable", ref.profile().nit());
        }
        if (!ref.profile().equals(profile)) {
            anchors.update(List.of(new Anchors.Identified(id, profile)));
            // the requirements' search documents carry the anchor's name and type
            outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, requirements.idsOfAnchors(List.of(id)));
        }
        return view(anchors.findById(id, false).orElseThrow());
    }

    public PageResponse<AnchorDetails> list(String nit, String type, String text, int page, int size) {
        List<AnchorDetails> items = anchors.page(nit, type, text, page, size).stream().map(ManagingAnchors::view).toList();
        return new PageResponse<>(items, anchors.count(nit, type, text), page, size);
    }

    private static AnchorDetails view(AnchorRef ref) {
        return new AnchorDetails(ref.id(), ref.profile().nit(), ref.profile().name(), ref.profile().type(),
                ref.version(), ref.updatedAt());
    }
}
