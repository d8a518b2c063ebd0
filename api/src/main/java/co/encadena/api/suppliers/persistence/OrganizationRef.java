package co.encadena.api.suppliers.persistence;

import java.util.UUID;

/** An organization row as far as writing a profile needs it: id, kind (SUPPLIER, ANCHOR, ORGANIZER) and NIT. */
public record OrganizationRef(UUID id, String kind, String nit) {

    public boolean isSupplier() {
        return "SUPPLIER".equals(kind);
    }
}
