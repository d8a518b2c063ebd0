package co.encadena.api.ruedas.documents;

import java.time.Instant;
import java.util.Objects;

/** One meeting on a table sheet. */
public record TableSheetRow(Instant startsAt, Instant endsAt, String slotCode, String partyA, String partyB,
                            String partyANit, String partyBNit) {

    public TableSheetRow {
        Objects.requireNonNull(startsAt, "a table sheet row needs a start");
        Objects.requireNonNull(endsAt, "a table sheet row needs an end");
    }
}
