package co.encadena.matching.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Inclusion: the programme's differential approach as an explicit, configurable boost, never a filter.
 *
 * <p>When the anchor states preferences (women-led, PDET, economía popular) the factor is the share of them the
 * supplier meets. Otherwise it is the programme's policy: each attribute of {@link #programme()} the supplier
 * has counts {@value #PER_TRAIT}, up to 1. What it adds to the score is {@code weight(inclusion) × factor}, shown
 * in the breakdown.
 */
public final class InclusionPolicy {

    static final double PER_TRAIT = 0.5;

    /** The attributes the programme may favour. */
    public enum Trait {
        WOMEN_LED, ETHNIC_GROUP, VICTIMS, YOUTH_LED, POPULAR_ECONOMY, PDET, ZOMAC
    }

    private final Set<Trait> programme;

    /** @param programme the attributes the programme favours when the anchor states none */
    public InclusionPolicy(Set<Trait> programme) {
        this.programme = programme.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(programme);
    }

    /** EnCadena's differential approach: gender, ethnic groups, victims, youth, economía popular, PDET. */
    public static InclusionPolicy encadena() {
        return new InclusionPolicy(EnumSet.of(Trait.WOMEN_LED, Trait.ETHNIC_GROUP, Trait.VICTIMS, Trait.YOUTH_LED,
                Trait.POPULAR_ECONOMY, Trait.PDET));
    }

    /** @return the attributes favoured when the anchor states none */
    public Set<Trait> programme() {
        return EnumSet.copyOf(programme.isEmpty() ? EnumSet.noneOf(Trait.class) : programme);
    }

    /**
     * @param value the factor, in [0, 1]
     * @param met the attributes that counted
     */
    public record Assessment(double value, List<Trait> met) {
        public Assessment {
            met = List.copyOf(met);
        }
    }

    /** Assesses the supplier's attributes against the anchor's preferences, or the programme's. */
    public Assessment assess(Requirement requirement, SupplierProfile supplier) {
        InclusionPreferences wanted = requirement.inclusionPreferences();
        InclusionTraits traits = supplier.inclusion();
        List<Trait> met = new ArrayList<>();
        if (wanted.any()) {
            int asked = 0;
            asked += count(wanted.womenLed(), traits.womenLed(), Trait.WOMEN_LED, met);
            asked += count(wanted.pdet(), traits.pdet(), Trait.PDET, met);
            asked += count(wanted.popularEconomy(), traits.popularEconomy(), Trait.POPULAR_ECONOMY, met);
            return new Assessment((double) met.size() / asked, met);
        }
        for (Trait t : programme) {
            if (has(traits, t)) {
                met.add(t);
            }
        }
        return new Assessment(Math.min(1.0, PER_TRAIT * met.size()), met);
    }

    private static int count(boolean asked, boolean has, Trait trait, List<Trait> met) {
        if (asked && has) {
            met.add(trait);
        }
        return asked ? 1 : 0;
    }

    private static boolean has(InclusionTraits t, Trait trait) {
        return switch (trait) {
            case WOMEN_LED -> t.womenLed();
            case ETHNIC_GROUP -> t.ethnicGroup() != null;
            case VICTIMS -> t.victims();
            case YOUTH_LED -> t.youthLed();
            case POPULAR_ECONOMY -> t.popularEconomy();
            case PDET -> t.pdet();
            case ZOMAC -> t.zomac();
        };
    }
}
