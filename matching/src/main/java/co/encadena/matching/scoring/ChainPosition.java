package co.encadena.matching.scoring;

import java.util.Objects;

/**
 * Where a supplier sits in a value chain.
 *
 * @param chain code from {@code value_chains.csv}
 * @param link code from {@code value_chain_links.csv}
 */
public record ChainPosition(String chain, String link) {
    public ChainPosition {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(link, "link");
    }
}
