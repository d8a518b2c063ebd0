package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.http.HttpStatus;

/**
 * Who may see and run a rueda. Its organizer's staff (and administrators) manage it; other organizers see it
 * once it leaves draft; firms see the ruedas they take part in and those open for registration. To anyone
 * else a rueda does not exist (404).
 */
public final class RuedaAccess {

    private RuedaAccess() {
    }

    public static boolean manages(Actor actor, StoredRueda r) {
        return actor.is(Actor.ADMIN) || (actor.is(Actor.ORGANIZER) && actor.belongsTo(r.organizerId()));
    }

    public static boolean visible(Actor actor, StoredRueda r, StoredParticipant self) {
        if (manages(actor, r)) {
            return true;
        }
        if (!r.status().visibleToParticipants()) {
            return false;
        }
        return actor.is(Actor.ORGANIZER) || self != null || r.status() == RuedaStatus.REGISTRATION;
    }

    public static void requireVisible(Actor actor, StoredRueda r, StoredParticipant self) {
        if (!visible(actor, r, self)) {
            throw ApiException.notFound("rueda.notFound");
        }
    }

    public static void requireManage(Actor actor, StoredRueda r) {
        if (!manages(actor, r)) {
            if (visible(actor, r, null) || actor.isStaff()) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden");
            }
            throw ApiException.notFound("rueda.notFound");
        }
    }

    /** The caller's own participation, required (a firm acting for itself). */
    public static StoredParticipant requireParticipant(StoredParticipant self) {
        if (self == null) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.notParticipant");
        }
        return self;
    }

    public static void requireStatus(boolean allowed, String key) {
        if (!allowed) {
            throw ApiException.of(HttpStatus.CONFLICT, key);
        }
    }
}
