package co.encadena.matching.scoring;

/**
 * A product or service a supplier offers.
 *
 * @param name short name, the text that weighs most
 * @param description free text, may be empty
 * @param unspsc UNSPSC code (8 digits), may be null
 */
public record Offering(String name, String description, String unspsc) {
    public Offering {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }
}
