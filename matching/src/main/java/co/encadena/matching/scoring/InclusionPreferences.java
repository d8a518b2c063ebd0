package co.encadena.matching.scoring;

/**
 * What an anchor asks to favour. Never affects eligibility; only the inclusion boost.
 *
 * @param womenLed favour women-led suppliers
 * @param pdet favour suppliers based in PDET municipalities
 * @param popularEconomy favour units of the economía popular
 */
public record InclusionPreferences(boolean womenLed, boolean pdet, boolean popularEconomy) {

    /** No preference. */
    public static final InclusionPreferences NONE = new InclusionPreferences(false, false, false);

    /** @return true when at least one preference is set */
    public boolean any() {
        return womenLed || pdet || popularEconomy;
    }
}
