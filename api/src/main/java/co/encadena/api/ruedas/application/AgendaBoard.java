package co.encadena.api.ruedas.application;

import co.encadena.api.ruedas.application.RuedaViews.AgendaFigures;
import co.encadena.api.ruedas.application.RuedaViews.SlotView;
import co.encadena.api.ruedas.application.RuedaViews.TableView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** The organizer's agenda board: slots × tables, who meets whom, what was left out and how good it is. */
@Serdeable
public record AgendaBoard(UUID ruedaId, String status, long version, List<SlotView> slots, List<TableView> tables,
                          List<Participant> participants, List<Meeting> meetings, List<Unscheduled> unscheduled,
                          @Nullable AgendaFigures figures, int waitingRequests) {

    /** An approved participant with its limits. */
    @Serdeable
    public record Participant(UUID id, String name, String role, int maxMeetings, List<String> sessions,
                              List<String> unavailableSlots, @Nullable String tableCode, int meetings) {
    }

    /** A meeting on the board. */
    @Serdeable
    public record Meeting(UUID id, UUID a, String aName, UUID b, String bName, String slot, String table, String status,
                          boolean locked, int sequence, long version) {
    }

    /** A request the scheduler left out, and why. */
    @Serdeable
    public record Unscheduled(String a, @Nullable String aName, String b, @Nullable String bName, String reason) {
    }

    /** Move a meeting to a slot and table, or (un)lock it. */
    @Serdeable
    public record MeetingChange(@Nullable @Schema(example = "s03") String slot, @Nullable @Schema(example = "M04") String table,
                                @Nullable Boolean locked) {
    }

    /** Add a meeting by hand (it becomes an organizer's request if none exists). */
    @Serdeable
    public record NewMeeting(@Nullable UUID a, @Nullable UUID b, @Nullable String slot, @Nullable String table,
                             @Nullable Boolean locked) {
    }

    /** Whether a placement is possible, and every conflict in Spanish. */
    @Serdeable
    public record Check(boolean ok, List<String> conflicts) {
    }

    /** A re-run of the scheduler. */
    @Serdeable
    public record GenerateOptions(@Nullable @Schema(description = "Límite de tiempo del optimizador, en segundos (1 a 60)") Integer timeLimitSeconds) {
    }
}
