package co.encadena.matching.scoring;

/**
 * The supplier's differential-approach attributes, as declared, plus those of its municipality.
 *
 * @param womenLed led by women
 * @param ethnicGroup {@code INDIGENA | AFROCOLOMBIANO | RAIZAL | PALENQUERO | RROM}, or null
 * @param victims led by or employing armed-conflict victims
 * @param youthLed led by young people
 * @param popularEconomy a unit of the economía popular
 * @param pdet its municipality is a PDET municipality
 * @param zomac its municipality is a ZOMAC municipality
 */
public record InclusionTraits(boolean womenLed, String ethnicGroup, boolean victims, boolean youthLed,
                              boolean popularEconomy, boolean pdet, boolean zomac) {

    /** No attribute. */
    public static final InclusionTraits NONE = new InclusionTraits(false, null, false, false, false, false, false);
}
