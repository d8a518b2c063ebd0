package co.encadena.matching.scheduling.model;

/** A request left out of the agenda, with the reason in Spanish for the organizer. */
public record UnscheduledRequest(String a, String b, String reason) {
}
