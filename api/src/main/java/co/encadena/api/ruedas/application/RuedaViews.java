package co.encadena.api.ruedas.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the rueda endpoints answer. */
public final class RuedaViews {

    private RuedaViews() {
    }

    /** A rueda in a list. */
    @Serdeable
    public record RuedaSummary(UUID id, String name, String status, LocalDate startsOn, @Nullable String municipalityName,
                               @Nullable String venue, String organizerName, int anchors, int suppliers,
                               int requests, int meetings, @Nullable String myStatus, long version) {
    }

    /** A session with its breaks. */
    @Serdeable
    public record SessionView(String code, String name, Instant startsAt, Instant endsAt, List<BreakView> breaks) {
    }

    /** A break. */
    @Serdeable
    public record BreakView(Instant startsAt, Instant endsAt) {
    }

    /** A slot. */
    @Serdeable
    public record SlotView(String code, String sessionCode, Instant startsAt, Instant endsAt) {
    }

    /** A table; an anchor's own table names its owner. */
    @Serdeable
    public record TableView(String code, String name, @Nullable UUID ownerId, @Nullable String ownerName) {
    }

    /** How good the latest agenda is, from the scheduler. */
    @Serdeable
    public record AgendaFigures(int requests, int scheduled, long scheduledWeight, int upperBound, String upperBoundKind,
                                long weightUpperBound, double gap, int idleGaps, int minMeetingsPerSupplier,
                                int suppliersWithMeetings, long solveMillis, boolean optimal, String method,
                                Instant generatedAt) {
    }

    /** A rueda with its frame and what the caller may do with it. */
    @Serdeable
    public record RuedaDetails(UUID id, String name, @Nullable String description, String status,
                               @Nullable String municipalityCode, @Nullable String municipalityName, @Nullable String venue,
                               String timezone, int slotMinutes, LocalDate startsOn, int maxOpenRequests,
                               int requestExpiryDays, int defaultMaxMeetings, UUID organizerId, String organizerName,
                               List<SessionView> sessions, List<SlotView> slots, List<TableView> tables,
                               int anchors, int suppliers, int allies, int pendingParticipants, int requests, int meetings,
                               @Nullable AgendaFigures agenda, @Nullable Instant publishedAt, boolean canManage,
                               @Nullable String myStatus, @Nullable String myRole, List<String> nextStatuses,
                               long version) {
    }

    /** A participant. Contact details are shown to the rueda's managers and, once the agenda is out, to counterparts. */
    @Serdeable
    public record ParticipantView(UUID organizationId, String name, @Nullable String nit, String role, String status,
                                  @Nullable Integer maxMeetings, List<String> sessions, List<String> unavailableSlots,
                                  @Nullable String tableCode, @Nullable String municipalityName,
                                  @Nullable String departmentCode, @Nullable String contactName,
                                  @Nullable String contactEmail, @Nullable String contactPhone, long version) {
    }

    /** What a bulk invitation did. */
    @Serdeable
    public record InvitationReport(int added, int alreadyParticipating, List<String> unknownNits) {
    }

    /** A meeting request as its sides and the organizer see it. */
    @Serdeable
    public record RequestView(UUID id, UUID requesterId, String requesterName, UUID addresseeId, String addresseeName,
                              String requestedBy, String status, boolean mandatory, @Nullable String sessionCode,
                              @Nullable Double matchScore, @Nullable String note, Instant createdAt,
                              @Nullable Instant expiresAt, @Nullable Instant decidedAt, boolean mine, boolean toMe,
                              long version) {
    }
}
