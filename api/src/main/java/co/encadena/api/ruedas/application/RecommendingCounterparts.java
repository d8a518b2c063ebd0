package co.encadena.api.ruedas.application;

import co.encadena.api.matching.application.AnalysedSuppliers;
import co.encadena.api.matching.application.Explaining;
import co.encadena.api.matching.application.MatchingModel;
import co.encadena.api.matching.application.ScoringProfiles;
import co.encadena.api.matching.application.SupplierCorpus;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRequest;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.matching.scoring.MatchResult;
import co.encadena.matching.scoring.SupplierMatch;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.text.TextRelevance;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Whom a participant should ask for a meeting: the rueda's approved firms on the other side, scored by the match
 * engine against the anchors' open requirements (an anchor sees the mipymes that best answer its requirements;
 * a mipyme sees the anchors whose requirements it best answers), with the reasons and gaps in Spanish. Scoring
 * runs in process over the rueda's own participants, from PostgreSQL: it works when the search index is down.
 */
@Singleton
public class RecommendingCounterparts {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** A possible counterpart, best first. {@code score} is null when no open requirement relates the two. */
    @Serdeable
    public record Recommendation(UUID organizationId, String name, String role, @Nullable String municipalityName,
                                 @Nullable Double score, boolean eligible, @Nullable String requirementTitle,
                                 List<String> reasons, List<String> gaps, @Nullable UUID requestId,
                                 @Nullable String requestStatus, boolean requestedByMe) {
    }

    private final JdbcOperations jdbc;
    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final SupplierCorpus corpus;
    private final AnalysedSuppliers analysed;
    private final Explaining explaining;
    private final Clock clock;

    RecommendingCounterparts(JdbcOperations jdbc, SearchDocuments documents, ScoringProfiles profiles, MatchingModel model,
                             SupplierCorpus corpus, AnalysedSuppliers analysed, Explaining explaining, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.corpus = corpus;
        this.analysed = analysed;
        this.explaining = explaining;
        this.clock = clock;
    }

    /** The counterparts of {@code me} among {@code all}, best first, with the live request between them if any. */
    public List<Recommendation> forParticipant(StoredParticipant me, List<StoredParticipant> all, List<StoredRequest> requests) {
        List<StoredParticipant> others = all.stream()
                .filter(p -> p.approved() && !p.organizationId().equals(me.organizationId()))
                .filter(p -> counterparts(me.role(), p.role()))
                .toList();
        Map<UUID, Scored> scores = scores(me, others);
        Map<UUID, StoredRequest> live = new HashMap<>();
        for (StoredRequest q : requests) {
            if (q.live() && q.involves(me.organizationId())) {
                live.put(q.other(me.organizationId()), q);
            }
        }
        List<Recommendation> out = new ArrayList<>();
        for (StoredParticipant p : others) {
            Scored s = scores.get(p.organizationId());
            StoredRequest q = live.get(p.organizationId());
            out.add(new Recommendation(p.organizationId(), p.name(), p.role(), p.municipalityName(),
                    s == null ? null : s.score, s != null && s.eligible, s == null ? null : s.requirementTitle,
                    s == null ? List.of() : s.reasons, s == null ? List.of() : s.gaps,
                    q == null ? null : q.id(), q == null ? null : q.status(),
                    q != null && q.requesterId().equals(me.organizationId())));
        }
        out.sort(Comparator.comparing((Recommendation r) -> !r.eligible())
                .thenComparing(r -> r.score() == null ? 1.0 : -r.score())
                .thenComparing(Recommendation::name));
        return out;
    }

    /** The match score of a pair (anchor–mipyme, either way round), or null when none applies. */
    @Nullable
    public Double pairScore(StoredParticipant x, StoredParticipant y) {
        Scored s = scores(x, List.of(y)).get(y.organizationId());
        return s == null ? null : s.score;
    }

    private static boolean counterparts(String mine, String theirs) {
        if ("ALLY".equals(mine) || "ALLY".equals(theirs)) {
            return true;
        }
        return !mine.equals(theirs);
    }

    private record Scored(double score, boolean eligible, String requirementTitle, List<String> reasons, List<String> gaps) {
        boolean beats(Scored other) {
            return other == null || (eligible && !other.eligible) || (eligible == other.eligible && score > other.score);
        }
    }

    private Map<UUID, Scored> scores(StoredParticipant me, List<StoredParticipant> others) {
        Map<UUID, Scored> best = new HashMap<>();
        List<UUID> anchors = new ArrayList<>();
        List<UUID> suppliers = new ArrayList<>();
        if ("ANCHOR".equals(me.role())) {
            anchors.add(me.organizationId());
            others.stream().filter(p -> "SUPPLIER".equals(p.role())).forEach(p -> suppliers.add(p.organizationId()));
        } else if ("SUPPLIER".equals(me.role())) {
            suppliers.add(me.organizationId());
            others.stream().filter(p -> "ANCHOR".equals(p.role())).forEach(p -> anchors.add(p.organizationId()));
        }
        if (anchors.isEmpty() || suppliers.isEmpty()) {
            return best;
        }
        List<RequirementRow> requirements = documents.requirements(openRequirements(anchors));
        if (requirements.isEmpty()) {
            return best;
        }
        List<SupplierProfile> candidates = new ArrayList<>();
        List<TextRelevance.Document> texts = new ArrayList<>();
        Map<String, UUID> idByNit = new HashMap<>();
        for (AnalysedSuppliers.Analysed s : analysed.current(List.copyOf(suppliers))) {
            candidates.add(s.profile());
            texts.add(s.document());
            idByNit.put(s.profile().nit(), s.id());
        }
        if (candidates.isEmpty()) {
            return best;
        }
        LocalDate today = LocalDate.now(clock.withZone(BOGOTA));
        boolean anchorSide = "ANCHOR".equals(me.role());
        for (RequirementRow r : requirements) {
            if (r.delivery().isEmpty()) {
                continue;
            }
            MatchResult result = model.engine().match(profiles.requirement(r), candidates, texts, corpus.statistics(),
                    today, candidates.size());
            for (SupplierMatch m : (Iterable<SupplierMatch>) Stream.concat(result.matches().stream(),
                    result.nearMisses().stream())::iterator) {
                UUID key = anchorSide ? idByNit.get(m.nit()) : r.anchorId();
                if (key == null) {
                    continue;
                }
                Scored s = new Scored(Math.round(m.score() * 1000) / 1000.0, m.eligible(), r.title(),
                        m.reasons().stream().map(x -> explaining.render(x.key(), x.args())).toList(),
                        m.gaps().stream().map(x -> explaining.render(x.key(), x.args())).toList());
                if (s.beats(best.get(key))) {
                    best.put(key, s);
                }
            }
        }
        return best;
    }

    private List<UUID> openRequirements(List<UUID> anchors) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM requirement WHERE anchor_id = ANY (?) AND status = 'OPEN' ORDER BY id LIMIT 2000")) {
                ps.setArray(1, c.createArrayOf("uuid", anchors.toArray()));
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }
}
