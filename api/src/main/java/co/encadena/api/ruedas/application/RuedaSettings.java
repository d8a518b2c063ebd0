package co.encadena.api.ruedas.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A rueda as the organizer sets it up: where and when, the sessions with their breaks, the slot length and
 * the number of tables. Slots are generated from these settings; anchors' own tables are assigned when an
 * anchor is approved with {@code ownTable}.
 */
@Serdeable
@Schema(description = "Configuración de una rueda de encadenamiento")
public record RuedaSettings(
        @Nullable String name,
        @Nullable String description,
        @Nullable @Schema(description = "Municipio sede (DIVIPOLA, 5 dígitos)", example = "05001") String municipalityCode,
        @Nullable @Schema(example = "Plaza Mayor, Medellín") String venue,
        @Nullable @Schema(description = "Duración de cada cita, en minutos (10 a 120)", example = "20") Integer slotMinutes,
        @Nullable @Schema(description = "Número de mesas (1 a 500)", example = "24") Integer tables,
        @Nullable @Schema(description = "Solicitudes pendientes que cada participante puede tener a la vez", example = "10") Integer maxOpenRequests,
        @Nullable @Schema(description = "Días tras los cuales vence una solicitud no respondida", example = "7") Integer requestExpiryDays,
        @Nullable @Schema(description = "Máximo de citas por participante, salvo que se indique otro", example = "8") Integer defaultMaxMeetings,
        @Nullable List<SessionSettings> sessions) {

    /** A session: a day, a span of hours (America/Bogota) and breaks inside it. */
    @Serdeable
    public record SessionSettings(
            @Nullable @Schema(example = "AM") String code,
            @Nullable @Schema(example = "Jornada de la mañana") String name,
            @Nullable @Schema(description = "AAAA-MM-DD", example = "2026-12-03") String date,
            @Nullable @Schema(description = "HH:MM", example = "08:00") String start,
            @Nullable @Schema(description = "HH:MM", example = "12:00") String end,
            @Nullable List<BreakSettings> breaks) {
    }

    /** A break inside a session. */
    @Serdeable
    public record BreakSettings(@Nullable @Schema(example = "10:00") String start,
                                @Nullable @Schema(example = "10:20") String end) {
    }
}
