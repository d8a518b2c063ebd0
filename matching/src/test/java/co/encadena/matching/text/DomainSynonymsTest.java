package co.encadena.matching.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainSynonymsTest {

    @Test
    void holdsAtLeastEightyRules() {
        assertTrue(DomainSynonyms.rules().size() >= 80, "rules: " + DomainSynonyms.rules().size());
    }

    @Test
    void everyRuleParsesThroughTheChainAsOpenSearchWouldParseIt() {
        for (String rule : DomainSynonyms.rules()) {
            SpanishTextAnalysis.withSynonyms(List.of(rule));
        }
        SpanishTextAnalysis.withSynonyms(DomainSynonyms.rules());
    }

    @Test
    void rulesAreLowerCaseWithoutAccentsSoTheyApplyAfterFolding() {
        for (String rule : DomainSynonyms.rules()) {
            String folded = Normalizer.normalize(rule, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            assertEquals(folded.toLowerCase(java.util.Locale.ROOT), rule, "rule must be folded: " + rule);
        }
    }

    @Test
    void noEntryHoldsAStopWordWhichTheChainWouldDropBeforeTheRuleSeesIt() {
        List<String> bad = new ArrayList<>();
        for (String rule : DomainSynonyms.rules()) {
            for (String entry : rule.split(",|=>")) {
                for (String word : entry.strip().split("\\s+")) {
                    if (SpanishTextAnalysis.stopWords().contains(word)) {
                        bad.add(word + " in \"" + rule + "\"");
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void noEntryAppearsInTwoEquivalenceGroups() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String rule : DomainSynonyms.rules()) {
            if (rule.contains("=>")) {
                continue;
            }
            for (String entry : rule.split(",")) {
                if (!seen.add(entry.strip())) {
                    repeated.add(entry.strip());
                }
            }
        }
        assertTrue(repeated.isEmpty(), "entries in two groups merge them silently: " + repeated);
    }
}
