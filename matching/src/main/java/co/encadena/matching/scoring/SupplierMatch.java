package co.encadena.matching.scoring;

import java.util.List;
import java.util.Map;

/**
 * One supplier in a match result.
 *
 * @param nit the supplier's NIT
 * @param name its legal name
 * @param rank 1-based position in its list
 * @param eligible true in {@code matches}, false in {@code nearMisses}
 * @param score weighted mean of the factors, in [0, 1]
 * @param factors each factor by key ({@code text, valueChain, certifications, territory, inclusion}), in [0, 1]
 * @param reasons why it scores as it does
 * @param gaps what it lacks to be eligible; empty for eligible suppliers
 */
public record SupplierMatch(String nit, String name, int rank, boolean eligible, double score,
                            Map<String, Double> factors, List<Reason> reasons, List<Gap> gaps) {
    public SupplierMatch {
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
        reasons = List.copyOf(reasons);
        gaps = List.copyOf(gaps);
    }

    SupplierMatch ranked(int newRank) {
        return new SupplierMatch(nit, name, newRank, eligible, score, factors, reasons, gaps);
    }
}
