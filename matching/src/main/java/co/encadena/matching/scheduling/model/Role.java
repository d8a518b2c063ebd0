package co.encadena.matching.scheduling.model;

/** What a participant is in a rueda. Only {@link #SUPPLIER}s (mipymes) count for the fairness floor. */
public enum Role {
    /** A large buyer (empresa ancla); often keeps its own table. */
    ANCHOR,
    /** A mipyme supplier; the programme wants every one of them to get meetings. */
    SUPPLIER,
    /** Any other participant (chamber, programme ally, financier...). */
    ALLY
}
