package co.encadena.matching.scoring;

/** The five factors of the match score, each in [0, 1]; {@link #key()} is the name in the API's JSON. */
public enum Factor {
    /** How well the supplier's offerings answer the requirement's words and product codes. */
    TEXT("text"),
    /** Same value chain and link, the same chain at another link, or the same economic activity. */
    VALUE_CHAIN("valueChain"),
    /** Mandatory certifications held and valid on the date; preferred ones as a bonus. */
    CERTIFICATIONS("certifications"),
    /** Reaches the delivery places (coverage or distance), and how close it is. */
    TERRITORY("territory"),
    /** The programme's and the anchor's inclusion preferences the supplier meets. */
    INCLUSION("inclusion");

    private final String key;

    Factor(String key) {
        this.key = key;
    }

    /** @return the factor's name in configuration and JSON */
    public String key() {
        return key;
    }

    /** @return the factor named {@code key} */
    public static Factor ofKey(String key) {
        for (Factor f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown factor: " + key + " (known: text, valueChain, certifications,"
                + " territory, inclusion)");
    }
}
