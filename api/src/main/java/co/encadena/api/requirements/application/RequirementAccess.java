package co.encadena.api.requirements.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.requirements.domain.RequirementStatus;
import co.encadena.api.requirements.persistence.StoredRequirement;
import io.micronaut.http.HttpStatus;

/**
 * Who may see and change a requirement. Open requirements are visible to every signed-in user; drafts and
 * closed ones only to their anchor and to organizers — to anyone else they do not exist (404), so a
 * competitor cannot probe an anchor's plans. Only the owning anchor and organizers change one (403 for a
 * visible requirement of someone else).
 */
final class RequirementAccess {

    private RequirementAccess() {
    }

    static boolean visible(Actor actor, StoredRequirement r) {
        return actor.isStaff() || actor.belongsTo(r.anchorId()) || r.status() == RequirementStatus.OPEN;
    }

    static void requireVisible(Actor actor, StoredRequirement r) {
        if (!visible(actor, r)) {
            throw ApiException.notFound("requirement.notFound");
        }
    }

    static void requireEdit(Actor actor, StoredRequirement r) {
        requireVisible(actor, r);
        if (!(actor.isStaff() || (actor.is(Actor.ANCHOR) && actor.belongsTo(r.anchorId())))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "requirement.forbidden");
        }
    }

    static boolean canEdit(Actor actor, StoredRequirement r) {
        return actor.isStaff() || (actor.is(Actor.ANCHOR) && actor.belongsTo(r.anchorId()));
    }
}
