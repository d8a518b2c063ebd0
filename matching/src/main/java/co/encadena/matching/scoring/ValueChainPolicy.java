package co.encadena.matching.scoring;

/**
 * Value chain: where the supplier sits relative to what the anchor needs. Same chain and link 1; same chain at
 * another link {@value #OTHER_LINK} (an input, a process step or an intermediary that feeds the product — the
 * link an anchor writes is often its own, so the chain matters more than the link); another chain at the same
 * link {@value #OTHER_CHAIN_SAME_LINK}; otherwise 0. The best of the supplier's positions counts.
 *
 * <p>The economic activity refines it: {@code (1 − a) × chain + a × activity}, with {@code a} =
 * {@value #ACTIVITY_SHARE} and activity 1 when a CIIU class is shared, 0.5 when only the division (2 digits) is,
 * 0 otherwise (the requirement without CIIU: chain alone).
 */
public final class ValueChainPolicy {

    static final double OTHER_LINK = 0.6;
    static final double OTHER_CHAIN_SAME_LINK = 0.1;
    static final double ACTIVITY_SHARE = 0.25;

    /**
     * @param value the factor, in [0, 1]
     * @param position the supplier's best position, or null when none is related
     * @param sameLink true when that position has the requirement's link too
     * @param sharedCiiu a CIIU class shared with the requirement, or null
     */
    public record Assessment(double value, ChainPosition position, boolean sameLink, String sharedCiiu) {
    }

    /** Assesses the supplier's chain positions and activity against the requirement's. */
    public Assessment assess(Requirement requirement, SupplierProfile supplier) {
        double chain = 0;
        ChainPosition best = null;
        for (ChainPosition p : supplier.chains()) {
            double v = position(requirement, p);
            if (v > chain) {
                chain = v;
                best = p;
            }
        }
        String shared = null;
        double activity = 0;
        for (String wanted : requirement.ciiu()) {
            for (String offered : supplier.ciiu()) {
                if (wanted.equals(offered)) {
                    shared = offered;
                    activity = 1;
                } else if (activity < 0.5 && sameDivision(wanted, offered)) {
                    activity = 0.5;
                }
            }
        }
        double value = requirement.ciiu().isEmpty() ? chain : (1 - ACTIVITY_SHARE) * chain + ACTIVITY_SHARE * activity;
        boolean sameLink = best != null && best.chain().equals(requirement.valueChain())
                && best.link().equals(requirement.link());
        return new Assessment(value, best != null && best.chain().equals(requirement.valueChain()) ? best : null,
                sameLink, shared);
    }

    // Same chain and link, same chain elsewhere, or the same link of another chain.
    private static double position(Requirement requirement, ChainPosition p) {
        boolean chain = p.chain().equals(requirement.valueChain());
        boolean link = p.link().equals(requirement.link());
        if (chain && link) {
            return 1.0;
        }
        if (chain) {
            return OTHER_LINK;
        }
        return link ? OTHER_CHAIN_SAME_LINK : 0;
    }

    private static boolean sameDivision(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.regionMatches(0, b, 0, 2);
    }
}
