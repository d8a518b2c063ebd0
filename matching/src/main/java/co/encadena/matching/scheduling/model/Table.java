package co.encadena.matching.scheduling.model;

/**
 * A meeting table. A table named by a participant's {@code table} belongs to that participant; the rest are
 * shared.
 *
 * @param id   unique id, e.g. {@code "M01"}
 * @param name display name, may be null
 */
public record Table(String id, String name) {
}
