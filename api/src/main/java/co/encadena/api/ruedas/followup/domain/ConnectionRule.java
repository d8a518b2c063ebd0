package co.encadena.api.ruedas.followup.domain;

/**
 * What the programme counts as a <em>conexión</em>: a held meeting where the sides report at least
 * {@code minimum} interest — both of them, or (when {@code bothSides} is false) either one. A side that has
 * not reported counts as no interest.
 */
public record ConnectionRule(Interest minimum, boolean bothSides) {

    /** The programme's default: held, and both sides at least exploring. */
    public static final ConnectionRule DEFAULT = new ConnectionRule(Interest.EXPLORING, true);

    public ConnectionRule {
        if (minimum == null) {
            throw new IllegalArgumentException("minimum interest is required");
        }
    }

    public boolean isConnection(boolean held, Interest a, Interest b) {
        if (!held) {
            return false;
        }
        boolean okA = a != null && a.atLeast(minimum);
        boolean okB = b != null && b.atLeast(minimum);
        return bothSides ? okA && okB : okA || okB;
    }
}
