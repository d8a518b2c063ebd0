package co.encadena.matching.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each factor counts, per programme. The score is the weighted mean of the factors, so only the ratios
 * matter; every weight must be ≥ 0 and at least one > 0.
 *
 * <p>Defaults (documented in {@code matching/README.md}): text 0.40, valueChain 0.20, certifications 0.20,
 * territory 0.15, inclusion 0.05. The inclusion weight is the explicit, auditable boost of the programme's
 * differential approach; 0 switches it off.
 */
public final class Weights {

    private static final Map<Factor, Double> DEFAULTS = Map.of(
            Factor.TEXT, 0.40,
            Factor.VALUE_CHAIN, 0.20,
            Factor.CERTIFICATIONS, 0.20,
            Factor.TERRITORY, 0.15,
            Factor.INCLUSION, 0.05);

    private final EnumMap<Factor, Double> weights;
    private final double total;

    private Weights(EnumMap<Factor, Double> weights) {
        double sum = 0;
        for (Map.Entry<Factor, Double> e : weights.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight of " + e.getKey().key() + " must be a number ≥ 0: " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive: " + weights);
        }
        this.weights = weights;
        this.total = sum;
    }

    /** The documented defaults. */
    public static Weights defaults() {
        return new Weights(new EnumMap<>(DEFAULTS));
    }

    /**
     * Weights from configuration: keys {@code text, valueChain, certifications, territory, inclusion}; a missing key
     * keeps its default.
     *
     * @throws IllegalArgumentException naming an unknown key or a negative weight
     */
    public static Weights fromMap(Map<String, ? extends Number> config) {
        EnumMap<Factor, Double> w = new EnumMap<>(DEFAULTS);
        config.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("weight of " + key + " is missing a value");
            }
            w.put(Factor.ofKey(key), value.doubleValue());
        });
        return new Weights(w);
    }

    /** @return the weight of {@code factor} as configured */
    public double of(Factor factor) {
        return weights.get(factor);
    }

    /** @return the weighted mean of {@code factors}, in [0, 1] */
    public double combine(Map<Factor, Double> factors) {
        double sum = 0;
        for (Map.Entry<Factor, Double> e : weights.entrySet()) {
            sum += e.getValue() * factors.getOrDefault(e.getKey(), 0.0);
        }
        return sum / total;
    }

    /** @return the weights by factor key, for display and audit */
    public Map<String, Double> asMap() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        weights.forEach((f, w) -> out.put(f.key(), w));
        return out;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
