package co.encadena.api.matching.application;

import co.encadena.api.common.Messages;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the structured reasons and gaps of {@code matching} in Spanish through the message catalogue:
 * municipality and department codes become names, lists become "a, b y c", inclusion traits become words.
 */
@Singleton
public final class Explaining {

    /** Keys whose arguments are a list of any length, rendered as one. */
    private static final Set<String> LISTS = Set.of("reason.textMatch", "reason.preferredCertifications", "reason.inclusion");

    private static final Map<String, String> TRAITS = Map.of("womenLed", "trait.womenLed", "ethnicGroup", "trait.ethnicGroup",
            "victims", "trait.victims", "youthLed", "trait.youthLed", "popularEconomy", "trait.popularEconomy",
            "pdet", "trait.pdet", "zomac", "trait.zomac");

    /** Which argument positions hold place codes, per key. */
    private static final Map<String, int[]> PLACES = Map.of(
            "reason.delivers", new int[] {0, 1},
            "reason.deliversNationwide", new int[] {0},
            "reason.withinRadius", new int[] {0},
            "gap.territoryNotCovered", new int[] {0, 1},
            "gap.tooFar", new int[] {2});

    /** Which argument positions hold value-chain (c) or link (l) codes, per key. */
    private static final Map<String, String> CHAIN_ARGS = Map.of(
            "reason.valueChain", "cl",
            "reason.valueChainOtherLink", "cll");

    private final Messages messages;
    private final ScoringProfiles profiles;
    private final Map<String, String> chainNames = new java.util.HashMap<>();
    private final Map<String, String> linkNames = new java.util.HashMap<>();

    Explaining(Messages messages, ScoringProfiles profiles,
               co.encadena.api.reference.persistence.ReferenceData.ValueChains chains,
               co.encadena.api.reference.persistence.ReferenceData.ValueChainLinks links) {
        this.messages = messages;
        this.profiles = profiles;
        chains.findAllOrderByCode().forEach(c -> chainNames.put(c.code(), c.name()));
        links.findAllOrderByPosition().forEach(l -> linkNames.put(l.code(), l.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public String render(String key, List<String> args) {
        if (!messages.has(key)) {
            return key + " " + args; // visible, never fatal: a new key without a sentence yet
        }
        if (LISTS.contains(key)) {
            List<String> items = key.equals("reason.inclusion")
                    ? args.stream().map(a -> TRAITS.containsKey(a) ? messages.get(TRAITS.get(a)) : a).toList()
                    : args;
            return messages.get(key, join(items));
        }
        List<Object> values = new ArrayList<>(args);
        String kinds = CHAIN_ARGS.getOrDefault(key, "");
        for (int i = 0; i < kinds.length() && i < values.size(); i++) {
            Map<String, String> names = kinds.charAt(i) == 'c' ? chainNames : linkNames;
            values.set(i, names.getOrDefault(args.get(i), args.get(i)));
        }
        for (int i : PLACES.getOrDefault(key, new int[0])) {
            if (i < values.size()) {
                values.set(i, profiles.placeName(args.get(i)));
            }
        }
        return messages.get(key, values.toArray());
    }

    /** "a", "a y b", "a, b y c". */
    private String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " y " + items.get(items.size() - 1);
    }
}
