package co.encadena.api.ruedas.documents;

import java.util.Objects;
import java.util.UUID;

/**
 * An organization at a rueda, as shown to the people it meets.
 *
 * @param role ANCHOR, SUPPLIER or ALLY (shown translated; an unknown value is shown as it is)
 */
public record Party(UUID organizationId, String name, String nit, String role,
                    String contactName, String contactEmail, String contactPhone, String municipality) {

    public Party {
        Objects.requireNonNull(name, "a party needs a name");
    }
}
