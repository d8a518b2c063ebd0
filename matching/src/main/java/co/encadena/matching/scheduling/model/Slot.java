package co.encadena.matching.scheduling.model;

import java.time.OffsetDateTime;

/**
 * A time slot in which one round of meetings happens. When every slot has a {@code start}, slots are taken in
 * start order; otherwise in the order they are listed.
 *
 * @param id    unique id, e.g. {@code "s01"}
 * @param start start time, or null
 * @param end   end time, or null
 */
public record Slot(String id, OffsetDateTime start, OffsetDateTime end) {
}
