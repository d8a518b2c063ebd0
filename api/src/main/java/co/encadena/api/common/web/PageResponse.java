package co.encadena.api.common.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shape of every list answer ({@code {"items": […], "total": n, "page": p, "size": s}}), as the
 * interchange spec fixes it. Pages are numbered from 0.
 */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    /** A complete list delivered as a single page. */
    public static <T> PageResponse<T> all(List<T> items) {
        return new PageResponse<>(items, items.size(), 0, items.size());
    }
}
