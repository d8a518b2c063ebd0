package co.encadena.api.matching.application;

import co.encadena.api.reference.SatisfiesCatalog;
import co.encadena.matching.scoring.InclusionPolicy;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.Weights;
import co.encadena.matching.text.TextRelevance;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * The programme's scoring model: {@code matching}'s engine with the weights from configuration
 * ({@code encadena.matching.weights.text|valueChain|certifications|territory|inclusion}; defaults in
 * matching/README.md), the certification relation of the reference data and EnCadena's inclusion policy.
 */
@Singleton
public final class MatchingModel {

    /** Weight overrides, by factor key. */
    @ConfigurationProperties("encadena.matching")
    public static final class Settings {
        private Map<String, Double> weights = new HashMap<>();

        public Map<String, Double> getWeights() {
            return weights;
        }

        public void setWeights(Map<String, Double> weights) {
            this.weights = weights == null ? new HashMap<>() : weights;
        }
    }

    private final MatchEngine engine;

    MatchingModel(SatisfiesCatalog satisfies, Settings settings) {
        Weights weights = settings.getWeights().isEmpty() ? Weights.defaults() : Weights.fromMap(settings.getWeights());
        this.engine = new MatchEngine(weights, satisfies.relation(), InclusionPolicy.encadena(), TextRelevance.standard());
    }

    public MatchEngine engine() {
        return engine;
    }
}
