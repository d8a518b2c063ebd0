package co.encadena.api.suppliers.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import io.micronaut.http.HttpStatus;
import java.util.UUID;

/**
 * Who may do what with a supplier profile. A supplier reads and edits only its own; organizers and
 * administrators everything; an anchor may read a profile (it meets suppliers through requirements) but not
 * edit it, nor see evidence documents. Supplier profiles are not secret, so another supplier's profile is
 * refused with 403, not hidden with 404.
 */
final class SupplierAccess {

    private SupplierAccess() {
    }

    static void requireRead(Actor actor, UUID supplierId) {
        if (!(actor.isStaff() || actor.is(Actor.ANCHOR) || actor.belongsTo(supplierId))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "supplier.forbidden");
        }
    }

    static void requireEdit(Actor actor, UUID supplierId) {
        if (!(actor.isStaff() || (actor.is(Actor.SUPPLIER) && actor.belongsTo(supplierId)))) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "supplier.forbidden");
        }
    }

    /** Evidence documents carry certificate numbers and signatures: only the owner and organizers see them. */
    static void requireEvidence(Actor actor, UUID supplierId) {
        requireEdit(actor, supplierId);
    }
}
