package co.encadena.api.ruedas.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** Bodies of the participant endpoints. */
public final class ParticipantDraft {

    private ParticipantDraft() {
    }

    /** Invite one firm (organizer) or apply (the firm itself, without a body or with an empty one). */
    @Serdeable
    public record Invitation(@Nullable UUID organizationId,
                             @Nullable @Schema(example = "900123456-8") String nit,
                             @Nullable @Schema(description = "ANCHOR | SUPPLIER | ALLY (por defecto, según el tipo de empresa)") String role,
                             @Nullable @Schema(description = "INVITED (por defecto) o APPROVED") String status,
                             @Nullable Integer maxMeetings,
                             @Nullable @Schema(description = "Solo empresas ancla: reservarle una mesa propia") Boolean ownTable) {
    }

    /** Invite many firms by NIT (a list pasted or imported from a chamber of commerce). */
    @Serdeable
    public record BulkInvitation(@Nullable List<String> nits, @Nullable Boolean approve) {
    }

    /** Change a participation: status, cap, sessions attended, slots it cannot meet, own table. */
    @Serdeable
    public record Change(@Nullable @Schema(description = "INVITED | APPLIED | APPROVED | DECLINED | WITHDRAWN") String status,
                         @Nullable Integer maxMeetings,
                         @Nullable @Schema(description = "Códigos de las jornadas a las que asiste; vacío = todas") List<String> sessions,
                         @Nullable @Schema(description = "Códigos de los espacios en los que no puede reunirse") List<String> unavailableSlots,
                         @Nullable Boolean ownTable) {
    }
}
