package co.encadena.api.search.application;

import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Index names: an alias per entity ({@code encadena-suppliers}) that searches and writes use, in front of a
 * versioned index ({@code encadena-suppliers-20261122035501123}) that a reindex replaces. The prefix is
 * configurable so tests and several installations can share a cluster.
 */
@Singleton
public final class IndexNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final String prefix;
    private final Clock clock;

    IndexNames(@Value("${encadena.search.index-prefix:encadena}") String prefix, Clock clock) {
        this.prefix = prefix;
        this.clock = clock;
    }

    public String alias(SearchOutbox.Entity entity) {
        return prefix + "-" + entity.name().toLowerCase() + "s";
    }

    public String newVersion(SearchOutbox.Entity entity) {
        return alias(entity) + "-" + STAMP.format(clock.instant());
    }

    public String mappingResource(SearchOutbox.Entity entity) {
        return entity.name().toLowerCase() + "s-mappings.json";
    }
}
