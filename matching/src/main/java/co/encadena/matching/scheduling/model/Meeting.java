package co.encadena.matching.scheduling.model;

/** A scheduled meeting: participants {@code a} and {@code b} meet in {@code slot} at {@code table}. */
public record Meeting(String a, String b, String slot, String table) {
}
