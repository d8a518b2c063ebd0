package co.encadena.matching.scheduling.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SchedulerBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void replacesOnlyItsOwnSectionOfTheBenchmarksFile() throws Exception {
        Path file = Files.writeString(dir.resolve("BENCHMARKS.md"),
                "# Benchmarks\n\n## Search\n\nfast\n\n## Scheduler\n\nold\n\n## Import\n\nok\n");
        SchedulerBenchmark.write(file, "## Scheduler\n\nnew\n\n");
        assertEquals("# Benchmarks\n\n## Search\n\nfast\n\n## Scheduler\n\nnew\n\n## Import\n\nok\n", Files.readString(file));
    }

    @Test
    void createsTheFileWithItsSectionWhenMissing() throws Exception {
        Path file = dir.resolve("docs/BENCHMARKS.md");
        SchedulerBenchmark.write(file, "## Scheduler\n\nnew\n");
        assertEquals("# Benchmarks\n\n## Scheduler\n\nnew\n", Files.readString(file));
    }
}
