package co.encadena.matching.scoring;

import java.util.List;

/**
 * The answer to "who can supply this requirement?".
 *
 * @param requirementId the requirement's external id
 * @param matches eligible suppliers, best first
 * @param nearMisses the best suppliers that fail a mandatory condition, best first, each with its gaps
 */
public record MatchResult(String requirementId, List<SupplierMatch> matches, List<SupplierMatch> nearMisses) {
    public MatchResult {
        matches = List.copyOf(matches);
        nearMisses = List.copyOf(nearMisses);
    }
}
