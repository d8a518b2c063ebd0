package co.encadena.api.ruedas.followup.domain;

/** How far a side of a held meeting says the business went, in increasing order. */
public enum Interest {
    NONE, EXPLORING, NEGOTIATION_STARTED, AGREEMENT_REACHED;

    public boolean atLeast(Interest other) {
        return ordinal() >= other.ordinal();
    }
}
