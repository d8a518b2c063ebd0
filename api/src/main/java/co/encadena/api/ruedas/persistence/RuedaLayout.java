package co.encadena.api.ruedas.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The frame of a rueda: sessions, breaks, slots in time order and tables. */
public record RuedaLayout(List<Session> sessions, List<Break> breaks, List<SlotRow> slots, List<TableRow> tables) {

    /** A session. */
    public record Session(UUID id, String code, String name, Instant startsAt, Instant endsAt) {
    }

    /** A break inside a session. */
    public record Break(String sessionCode, Instant startsAt, Instant endsAt) {
    }

    /** A meeting slot. */
    public record SlotRow(UUID id, String code, String sessionCode, Instant startsAt, Instant endsAt) {
    }

    /** A table; {@code ownerId} is set for an anchor's own table. */
    public record TableRow(UUID id, String code, String name, UUID ownerId, String ownerName) {
    }

    public Optional<SlotRow> slot(String code) {
        return slots.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<SlotRow> slot(UUID id) {
        return slots.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<TableRow> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<TableRow> table(UUID id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<TableRow> tableOf(UUID owner) {
        return tables.stream().filter(t -> owner.equals(t.ownerId())).findFirst();
    }
}
