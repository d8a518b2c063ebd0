package co.encadena.api.requirements.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.requirements.persistence.RequirementQuery;
import co.encadena.api.requirements.persistence.Requirements;
import co.encadena.api.requirements.persistence.StoredRequirement;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Reads requirements, showing each caller only what it may see. */
@Singleton
public class FindingRequirements {

    private final Requirements requirements;
    private final RequirementViews views;

    FindingRequirements(Requirements requirements, RequirementViews views) {
        this.requirements = requirements;
        this.views = views;
    }

    public RequirementDetails details(Actor actor, UUID id) {
        StoredRequirement r = requirements.findById(id).orElseThrow(() -> ApiException.notFound("requirement.notFound"));
        RequirementAccess.requireVisible(actor, r);
        return views.details(actor, r);
    }

    public RequirementDetails detailsOf(Actor actor, StoredRequirement r) {
        return views.details(actor, r);
    }

    /**
     * A page of the requirements matching {@code query} that the caller may see: organizers all, an anchor
     * its own and the open ones, a supplier the open ones.
     */
    public PageResponse<RequirementSummary> list(Actor actor, RequirementQuery query) {
        RequirementQuery visible = actor.isStaff() ? query
                : new RequirementQuery(query.externalId(), query.anchorNit(), query.anchorId(), query.status(),
                        query.chain(), query.department(), query.text(),
                        actor.is(Actor.ANCHOR) ? actor.organizationId() : null, true,
                        query.sort(), query.page(), query.pageSize());
        Requirements.Page page = requirements.page(visible);
        return new PageResponse<>(page.items().stream().map(views::summary).toList(), page.total(), query.page(),
                query.pageSize());
    }
}
