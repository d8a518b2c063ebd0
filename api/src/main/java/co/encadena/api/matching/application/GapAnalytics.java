package co.encadena.api.matching.application;

import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Certification;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.api.search.persistence.SearchDocuments.SupplierRow;
import co.encadena.matching.scoring.Gap;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.Requirement;
import co.encadena.matching.scoring.SupplierMatch;
import co.encadena.matching.scoring.SupplierProfile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which gaps keep the programme's mipymes out of its open requirements — what EnCadena's strengthening work
 * should target. Over every relevant supplier–requirement pair (the supplier's trade answers the requirement:
 * text or value chain), each ineligible pair's gaps are counted by certification and by delivery department;
 * "suppliers unlocked" counts the suppliers for which closing that one gap would make them eligible for at
 * least one requirement. Computed from PostgreSQL, so it works even when search is down.
 */
@Singleton
public class GapAnalytics {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final int MAX_SUPPLIERS = 3000;

    /** One blocking gap and its weight. */
    @Serdeable
    public record GapCount(String code, String name, long pairsBlocked, long suppliersUnlocked) {
    }

    /** Blocked pairs per supplier department (for the map). */
    @Serdeable
    public record DepartmentCount(String department, String name, long suppliers, long blockedPairs, long eligiblePairs) {
    }

    /** The analysis. */
    @Serdeable
    public record Report(@Nullable String chain, @Nullable String department, int requirements, int suppliers,
                         long relevantPairs, long eligiblePairs, long blockedPairs, List<GapCount> certifications,
                         List<GapCount> territories, List<DepartmentCount> byDepartment, boolean truncated) {
    }

    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final SupplierCorpus corpus;
    private final Territory territory;
    private final ReferenceData.Certifications certifications;
    private final Clock clock;

    GapAnalytics(SearchDocuments documents, ScoringProfiles profiles, MatchingModel model, SupplierCorpus corpus,
                 Territory territory, ReferenceData.Certifications certifications, Clock clock) {
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.corpus = corpus;
        this.territory = territory;
        this.certifications = certifications;
        this.clock = clock;
    }

    @Transactional
    public Report analyse(@Nullable String chain, @Nullable String department) {
        List<Requirement> requirements = new ArrayList<>();
        documents.allRequirements(500, batch -> {
            for (RequirementRow r : batch) {
                if ("OPEN".equals(r.status()) && !r.delivery().isEmpty() && (chain == null || chain.equals(r.valueChain()))) {
                    requirements.add(profiles.requirement(r));
                }
            }
        });
        List<SupplierProfile> suppliers = new ArrayList<>();
        boolean[] truncated = {false};
        documents.allSuppliers(1000, batch -> {
            for (SupplierRow s : batch) {
                boolean inChain = chain == null || s.chainLinks().stream().anyMatch(cl -> cl.startsWith(chain + ":"));
                if ((department == null || department.equals(s.department())) && inChain) {
                    if (suppliers.size() < MAX_SUPPLIERS) {
                        suppliers.add(profiles.supplier(s));
                    } else {
                        truncated[0] = true;
                    }
                }
            }
        });
        MatchEngine engine = model.engine();
        var stats = corpus.statistics();
        LocalDate today = LocalDate.now(clock.withZone(BOGOTA));
        Map<String, Long> certPairs = new HashMap<>();
        Map<String, Set<String>> certUnlocks = new HashMap<>();
        Map<String, Long> territoryPairs = new HashMap<>();
        Map<String, Set<String>> territoryUnlocks = new HashMap<>();
        Map<String, long[]> byDepartment = new HashMap<>();
        long relevant = 0;
        long eligible = 0;
        for (SupplierProfile s : suppliers) {
            long[] dept = byDepartment.computeIfAbsent(s.home().department(), k -> new long[3]);
            dept[0]++;
            for (Requirement r : requirements) {
                SupplierMatch m = engine.assess(r, s, stats, today);
                boolean sameTrade = m.factors().getOrDefault("text", 0.0) >= 0.3
                        || m.factors().getOrDefault("valueChain", 0.0) >= 0.7;
                if (!sameTrade) {
                    continue;
                }
                relevant++;
                if (m.eligible()) {
                    eligible++;
                    dept[2]++;
                    continue;
                }
                dept[1]++;
                Set<String> certGaps = new LinkedHashSet<>();
                Set<String> territoryGaps = new LinkedHashSet<>();
                for (Gap g : m.gaps()) {
                    if (g.key().startsWith("gap.certification")) {
                        certGaps.add(g.args().get(0));
                    } else if (g.key().equals("gap.territoryNotCovered") && g.args().size() > 1) {
                        territoryGaps.add(g.args().get(1));
                    } else if (g.key().equals("gap.tooFar") && g.args().size() > 2) {
                        territory.municipality(g.args().get(2)).map(Municipality::departmentCode).ifPresent(territoryGaps::add);
                    }
                }
                certGaps.forEach(c -> certPairs.merge(c, 1L, Long::sum));
                territoryGaps.forEach(d -> territoryPairs.merge(d, 1L, Long::sum));
                // one gap alone: closing it makes this pair eligible
                if (certGaps.size() == 1 && territoryGaps.isEmpty()) {
                    certUnlocks.computeIfAbsent(certGaps.iterator().next(), k -> new HashSet<>()).add(s.nit());
                }
                if (territoryGaps.size() == 1 && certGaps.isEmpty()) {
                    territoryUnlocks.computeIfAbsent(territoryGaps.iterator().next(), k -> new HashSet<>()).add(s.nit());
                }
            }
        }
        Map<String, String> certNames = certifications.findAllOrderByCode().stream()
                .collect(Collectors.toMap(Certification::code, Certification::name));
        Comparator<GapCount> most = Comparator.comparingLong(GapCount::pairsBlocked).reversed()
                .thenComparing(GapCount::code);
        List<GapCount> certs = certPairs.entrySet().stream()
                .map(e -> new GapCount(e.getKey(), certNames.getOrDefault(e.getKey(), e.getKey()), e.getValue(),
                        certUnlocks.getOrDefault(e.getKey(), Set.of()).size()))
                .sorted(most).toList();
        List<GapCount> territories = territoryPairs.entrySet().stream()
                .map(e -> new GapCount(e.getKey(), territory.departmentName(e.getKey()).orElse(e.getKey()), e.getValue(),
                        territoryUnlocks.getOrDefault(e.getKey(), Set.of()).size()))
                .sorted(most).toList();
        List<DepartmentCount> departments = byDepartment.entrySet().stream()
                .map(e -> new DepartmentCount(e.getKey(), territory.departmentName(e.getKey()).orElse(e.getKey()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(DepartmentCount::blockedPairs).reversed().thenComparing(DepartmentCount::department))
                .toList();
        return new Report(chain, department, requirements.size(), suppliers.size(), relevant, eligible,
                relevant - eligible, certs, territories, departments, truncated[0]);
    }
}
