package co.encadena.api.suppliers.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.suppliers.persistence.EvidenceDocuments;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import co.encadena.api.suppliers.persistence.SupplierProfiles;
import co.encadena.api.suppliers.persistence.SupplierQuery;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/** Reads supplier profiles for the people allowed to see them. */
@Singleton
public class FindingSuppliers {

    private final SupplierProfiles profiles;
    private final EvidenceDocuments evidence;
    private final SupplierViews views;

    FindingSuppliers(SupplierProfiles profiles, EvidenceDocuments evidence, SupplierViews views) {
        this.profiles = profiles;
        this.evidence = evidence;
        this.views = views;
    }

    public SupplierDetails details(Actor actor, UUID id) {
        SupplierAccess.requireRead(actor, id);
        StoredSupplier stored = profiles.findById(id).orElseThrow(() -> ApiException.notFound("supplier.notFound"));
        boolean seesEvidence = actor.isStaff() || actor.belongsTo(id);
        Map<String, EvidenceDocuments.Evidence> documents = seesEvidence ? evidence.of(id) : Map.of();
        return views.details(stored, documents);
    }

    /** Details of a profile just written by someone allowed to see all of it. */
    public SupplierDetails detailsOf(StoredSupplier stored) {
        return views.details(stored, evidence.of(stored.id()));
    }

    /** The organizers' list (organizers and administrators only; the controller's rule says so too). */
    public PageResponse<SupplierSummary> list(Actor actor, SupplierQuery query) {
        if (!actor.isStaff()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        SupplierProfiles.Page page = profiles.page(query);
        return new PageResponse<>(page.items().stream().map(views::summary).toList(), page.total(), query.page(),
                query.pageSize());
    }

    public java.time.LocalDate today() {
        return views.today();
    }
}
