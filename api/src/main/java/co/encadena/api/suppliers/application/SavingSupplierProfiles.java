package co.encadena.api.suppliers.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.Violation;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.suppliers.domain.SupplierProfile;
import co.encadena.api.suppliers.persistence.OrganizationRef;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import co.encadena.api.suppliers.persistence.SupplierProfiles;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores validated supplier profiles — one from the profile API, or a batch from an import — each call in one
 * transaction. This is the single write path of the supplier aggregate: every profile that really changed gets
 * its search-index outbox row here, in the same transaction.
 */
@Singleton
public class SavingSupplierProfiles {

    private final SupplierProfiles profiles;
    private final SupplierValidator validator;
    private final SearchOutbox outbox;

    public SavingSupplierProfiles(SupplierProfiles profiles, SupplierValidator validator, SearchOutbox outbox) {
        this.profiles = profiles;
        this.validator = validator;
        this.outbox = outbox;
    }

    /** A validated profile and where it came from (its line in an import). */
    public record Numbered(long line, SupplierProfile profile) {
    }

    /** A record of a batch that was not stored, and why. */
    public record Refused(long line, Violation violation) {
    }

    /**
     * Creates or replaces the profiles of a batch, keyed by NIT, creating organizations (without login users)
     * for new NITs. A NIT held by an anchor or organizer is refused. Profiles identical to the stored ones are
     * not rewritten, so importing the same file again changes nothing, not even versions.
     */
    @Transactional
    public List<Refused> saveAll(List<Numbered> batch) {
        List<Refused> refused = new ArrayList<>();
        if (batch.isEmpty()) {
            return refused;
        }
        Map<String, OrganizationRef> organizations = new HashMap<>(
                profiles.insertMissingOrganizations(batch.stream().map(Numbered::profile).toList()));
        Set<UUID> created = organizations.values().stream().map(OrganizationRef::id).collect(Collectors.toSet());
        List<String> others = batch.stream().map(n -> n.profile().nit()).filter(nit -> !organizations.containsKey(nit)).toList();
        if (!others.isEmpty()) {
            organizations.putAll(profiles.lockByNits(others));
        }
        List<SupplierProfiles.Identified> candidates = new ArrayList<>();
        for (Numbered n : batch) {
            OrganizationRef org = organizations.get(n.profile().nit());
            if (org == null || !org.isSupplier()) {
                refused.add(new Refused(n.line(), Violation.of("nit", "supplier.nit.notASupplier", n.profile().nit())));
            } else {
                candidates.add(new SupplierProfiles.Identified(org.id(), n.profile()));
            }
        }
        Map<UUID, StoredSupplier> stored = profiles.load(candidates.stream().map(SupplierProfiles.Identified::id).toList());
        List<SupplierProfiles.Identified> changed = candidates.stream()
                .filter(c -> stored.get(c.id()) == null || !stored.get(c.id()).profile().equals(c.profile()))
                .toList();
        profiles.write(changed, created);
        outbox.enqueue(SearchOutbox.Entity.SUPPLIER, changed.stream().map(SupplierProfiles.Identified::id).toList());
        return refused;
    }

    /**
     * Creates or replaces the profile of organization {@code id} through the API. A supplier may only write its
     * own (checked before the draft is validated, so nobody learns anything about another's profile); the NIT of an organization cannot change once set, nor take another organization's NIT. With
     * {@code expectedVersion}, a profile changed meanwhile by someone else is refused with 412.
     */
    @Transactional
    public StoredSupplier save(Actor actor, UUID id, SupplierDraft draft, Long expectedVersion) {
        SupplierAccess.requireEdit(actor, id);
        SupplierProfile profile = validator.validate(draft);
        OrganizationRef org = profiles.lockById(id)
                .orElseThrow(() -> ApiException.notFound("supplier.notFound"));
        if (!org.isSupplier()) {
            throw ApiException.of(HttpStatus.CONFLICT, "supplier.notASupplierOrganization");
        }
        if (org.nit() != null && !org.nit().equals(profile.nit())) {
            throw InvalidRecordException.of("nit", "supplier.nit.immutable", org.nit());
        }
        if (org.nit() == null) {
            Optional<OrganizationRef> holder = profiles.organizationByNit(profile.nit());
            if (holder.isPresent() && !holder.get().id().equals(id)) {
                throw InvalidRecordException.of("nit", "supplier.nit.taken", profile.nit());
            }
        }
        Optional<StoredSupplier> current = profiles.findById(id);
        if (expectedVersion != null && current.isPresent() && current.get().version() != expectedVersion) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "supplier.versionConflict");
        }
        if (current.isEmpty() || !Objects.equals(current.get().profile(), profile)) {
            profiles.write(List.of(new SupplierProfiles.Identified(id, profile)));
            outbox.enqueue(SearchOutbox.Entity.SUPPLIER, id);
        }
        return profiles.findById(id).orElseThrow();
    }
}
