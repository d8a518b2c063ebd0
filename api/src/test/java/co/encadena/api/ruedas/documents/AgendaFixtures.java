package co.encadena.api.ruedas.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A participant's agenda at a two-day rueda in Cartagena, with accents everywhere a name can have them. */
final class AgendaFixtures {

    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    static final UUID RUEDA = UUID.fromString("6f1c2b4e-0000-4000-8000-000000000001");
    static final String RUEDA_NAME = "Rueda de Encadenamiento Agroindustrial del Caribe";
    static final String VENUE = "Centro de Convenciones Julio César Turbay";
    static final Instant GENERATED = Instant.parse("2026-12-01T23:30:00Z"); // 18:30 in Bogotá

    static final Party PARTICIPANT = new Party(UUID.fromString("00000000-0000-4000-8000-0000000000aa"),
            "Lácteos La Esperanza S.A.S.", "900123456-7", "SUPPLIER", "Andrés Gómez", "andres@lacteos.example",
            "+57 300 555 0101", "Montería");
    static final Party EXITO = new Party(UUID.fromString("00000000-0000-4000-8000-0000000000bb"),
            "Almacenes Éxito S.A.", "890900608-9", "ANCHOR", "María José Núñez", "mjnunez@exito.example",
            "+57 604 339 6565", "Envigado");
    static final Party COOPERATIVA = new Party(UUID.fromString("00000000-0000-4000-8000-0000000000cc"),
            "Cooperativa Agropecuaria Ñame del Sinú", "800456789-1", "SUPPLIER", null, null, null, "Cereté");
    static final Party PENON = new Party(UUID.fromString("00000000-0000-4000-8000-0000000000dd"),
            "Frutas Tropicales Peñón S.A.S.", "901222333-4", "ALLY", "José Ángel Muñoz", "jose@penon.example",
            null, "Santa Marta");

    /** Wednesday 2 December 2026, 09:00–09:20 in Bogotá (14:00Z). */
    static final CarriedMeeting WITH_EXITO = new CarriedMeeting(uid(EXITO), 0,
            Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-02T14:20:00Z"), "S1-01", "M04", "Mesa 4",
            EXITO, MeetingState.SCHEDULED, Instant.parse("2026-11-20T15:00:00Z"));
    /** Wednesday 2 December 2026, 10:00–10:20 in Bogotá. */
    static final CarriedMeeting WITH_COOPERATIVA = new CarriedMeeting(uid(COOPERATIVA), 2,
            Instant.parse("2026-12-02T15:00:00Z"), Instant.parse("2026-12-02T15:20:00Z"), "S1-04", "M12", "Mesa 12",
            COOPERATIVA, MeetingState.SCHEDULED, Instant.parse("2026-11-25T12:00:00Z"));
    /** Thursday 3 December 2026, 08:20–08:40 in Bogotá; cancelled. */
    static final CarriedMeeting WITH_PENON_CANCELLED = new CarriedMeeting(uid(PENON), 3,
            Instant.parse("2026-12-03T13:20:00Z"), Instant.parse("2026-12-03T13:40:00Z"), "S2-02", "M07", "Mesa 7",
            PENON, MeetingState.CANCELLED, Instant.parse("2026-11-30T18:00:00Z"));

    private AgendaFixtures() {
    }

    static String uid(Party counterpart) {
        return "rueda-" + RUEDA + "-" + PARTICIPANT.organizationId() + "-" + counterpart.organizationId() + "@encadena-match";
    }

    static CarriedAgenda agenda(CarriedMeeting... meetings) {
        return new CarriedAgenda(RUEDA, RUEDA_NAME, VENUE, "Cartagena de Indias", BOGOTA, PARTICIPANT,
                "ENC-7Q4K-2M9X", "https://encadena.example/ruedas/" + RUEDA + "/agenda", List.of(meetings), GENERATED);
    }

    static CarriedAgenda agenda() {
        // given out of order: the documents sort by time
        return agenda(WITH_PENON_CANCELLED, WITH_COOPERATIVA, WITH_EXITO);
    }
}
