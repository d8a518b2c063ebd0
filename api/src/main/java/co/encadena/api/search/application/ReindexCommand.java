package co.encadena.api.search.application;

import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/reindex [--check]}: the same code as the admin endpoint, run from the command line against
 * the configured PostgreSQL and OpenSearch (no HTTP server, no background indexer). Exit codes: 0 done and
 * consistent, 1 differences found (or left after the rebuild), 2 could not run.
 */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean checkOnly = args.contains("--check");
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .properties(Map.of("encadena.search.indexer.enabled", "false"))
                .start()) {
            SearchIndexes indexes = context.getBean(SearchIndexes.class);
            indexes.ensure();
            boolean clean = true;
            for (SearchOutbox.Entity entity : SearchOutbox.Entity.values()) {
                SearchIndexes.Consistency c = checkOnly ? indexes.check(entity) : indexes.rebuild(entity);
                clean &= c.clean();
                out.printf("%-12s PostgreSQL %6d  OpenSearch %6d  missing %d  stale %d  extra %d%s%n", c.entity(),
                        c.inDatabase(), c.inIndex(), c.missing().size(), c.stale().size(), c.extra().size(),
                        c.clean() ? "  OK" : "  DIFFERENT " + sample(c));
            }
            return clean ? 0 : 1;
        } catch (Exception e) {
            err.println("reindex failed: " + e);
            return 2;
        }
    }

    private static String sample(SearchIndexes.Consistency c) {
        List<String> ids = new java.util.ArrayList<>();
        ids.addAll(c.missing().stream().limit(3).map(id -> "missing:" + id).toList());
        ids.addAll(c.stale().stream().limit(3).map(id -> "stale:" + id).toList());
        ids.addAll(c.extra().stream().limit(3).map(id -> "extra:" + id).toList());
        return ids.toString();
    }
}
