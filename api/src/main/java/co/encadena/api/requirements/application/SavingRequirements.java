package co.encadena.api.requirements.application;

import co.encadena.api.common.validation.Violation;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.PublishingPolicy;
import co.encadena.api.requirements.domain.RequirementStatus;
import co.encadena.api.requirements.persistence.AnchorRef;
import co.encadena.api.requirements.persistence.Anchors;
import co.encadena.api.requirements.persistence.Requirements;
import co.encadena.api.requirements.persistence.StoredRequirement;
import co.encadena.api.search.persistence.SearchOutbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a batch of imported requirements in one transaction, keyed by (anchor NIT, external id), creating
 * anchors (without login users) that do not exist yet and updating their name and type. The batch write path
 * of requirements: every requirement that really changed gets its search-index outbox row in the same
 * transaction.
 */
@Singleton
public class SavingRequirements {

    private final Anchors anchors;
    private final Requirements requirements;
    private final SearchOutbox outbox;
    private final Clock clock;

    SavingRequirements(Anchors anchors, Requirements requirements, SearchOutbox outbox, Clock clock) {
        this.anchors = anchors;
        this.requirements = requirements;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A validated record and its line. */
    public record Numbered(long line, RequirementValidator.Valid record) {
    }

    /** A record of the batch that was not stored, and why. */
    public record Refused(long line, Violation violation) {
    }

    /**
     * A new requirement gets the status its record names, OPEN when it names none (organizers import published
     * needs); an existing one keeps its status unless the record names one. Becoming OPEN requires what
     * publishing requires. Unchanged records are not rewritten, so importing a file twice changes nothing.
     */
    @Transactional
    public List<Refused> saveAll(List<Numbered> batch) {
        List<Refused> refused = new ArrayList<>();
        if (batch.isEmpty()) {
            return refused;
        }
        Map<String, AnchorProfile> byNit = new LinkedHashMap<>();
        batch.forEach(n -> byNit.put(n.record().anchor().nit(), n.record().anchor()));
        anchors.insertMissing(byNit.values());
        Map<String, AnchorRef> refs = anchors.lockByNits(byNit.keySet());
        List<Anchors.Identified> anchorUpdates = new ArrayList<>();
        for (AnchorProfile a : byNit.values()) {
            AnchorRef ref = refs.get(a.nit());
            if (ref != null && ref.isAnchor() && !ref.profile().equals(a)) {
                anchorUpdates.add(new Anchors.Identified(ref.id(), a));
            }
        }
        anchors.update(anchorUpdates);
        outbox.enqueue(SearchOutbox.Entity.REQUIREMENT,
                requirements.idsOfAnchors(anchorUpdates.stream().map(Anchors.Identified::id).toList()));

        List<Numbered> accepted = new ArrayList<>();
        List<Requirements.Key> keys = new ArrayList<>();
        for (Numbered n : batch) {
            AnchorRef ref = refs.get(n.record().anchor().nit());
            if (ref == null || !ref.isAnchor()) {
                refused.add(new Refused(n.line(), Violation.of("anchor.nit", "requirement.anchor.notAnAnchor",
                        n.record().anchor().nit())));
            } else {
                accepted.add(n);
                keys.add(new Requirements.Key(ref.id(), n.record().requirement().externalId()));
            }
        }
        Map<Requirements.Key, Requirements.Existing> existing = requirements.lockByKeys(keys);
        Map<UUID, StoredRequirement> stored = requirements.load(existing.values().stream().map(Requirements.Existing::id).toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), RequirementValidator.BOGOTA);
        List<Requirements.Row> rows = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Numbered n = accepted.get(i);
            Requirements.Key key = keys.get(i);
            Requirements.Existing current = existing.get(key);
            RequirementStatus status = n.record().status() != null ? n.record().status()
                    : current != null ? current.status() : RequirementStatus.OPEN;
            boolean opening = status == RequirementStatus.OPEN && (current == null || current.status() != RequirementStatus.OPEN);
            if (opening) {
                var reason = PublishingPolicy.whyNot(n.record().requirement(), today);
                if (reason.isPresent()) {
                    refused.add(new Refused(n.line(), Violation.of(reason.get().endsWith("noDelivery")
                            ? "deliveryMunicipalities" : "neededBy", reason.get())));
                    continue;
                }
            }
            UUID id = current == null ? UUID.randomUUID() : current.id();
            StoredRequirement before = current == null ? null : stored.get(current.id());
            if (before != null && before.status() == status && before.requirement().equals(n.record().requirement())) {
                continue;
            }
            rows.add(new Requirements.Row(id, key.anchorId(), status, n.record().requirement()));
        }
        requirements.write(rows);
        outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, rows.stream().map(Requirements.Row::id).toList());
        return refused;
    }
}
