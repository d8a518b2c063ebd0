package co.encadena.api.ruedas.persistence;

import co.encadena.api.ruedas.domain.RuedaStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rueda's own row, with its organizer's and municipality's names. */
public record StoredRueda(UUID id, UUID organizerId, String organizerName, String name, String description,
                          String municipalityCode, String municipalityName, String venue, String timezone,
                          RuedaStatus status, int slotMinutes, LocalDate startsOn, int maxOpenRequests,
                          int requestExpiryDays, int defaultMaxMeetings, String agendaStatsJson,
                          String agendaUnscheduledJson, Instant agendaGeneratedAt, Instant publishedAt,
                          Instant createdAt, Instant updatedAt, long version) {
}
