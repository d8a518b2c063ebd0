package co.encadena.matching.eval;

import co.encadena.matching.scoring.Gap;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.MatchResult;
import co.encadena.matching.scoring.Reason;
import co.encadena.matching.scoring.Requirement;
import co.encadena.matching.scoring.SupplierMatch;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import com.grack.nanojson.JsonWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline evaluation of the matching on a judged relevance set ({@code shared/eval/<set>/}): every requirement is
 * matched against every supplier of the set (offline there is no search pre-filter, so the text factor is the
 * retrieval signal), the run is written in the format of {@code shared/eval/README.md} and scored with
 * {@code score.py}.
 *
 * <pre>
 * mvn -q -pl matching compile exec:java -Dexec.mainClass=co.encadena.matching.eval.OfflineEvaluation \
 *     [-Dexec.args="--set ../shared/eval/dev --data ../shared/data --out matching/target/eval/run-dev.json"]
 * </pre>
 *
 * <p>Defaults: the {@code shared/} folder found beside the working directory or one of its parents, set
 * {@code eval/dev}, today 2026-11-22 (the day the set's expiries were written against; {@code --today} changes
 * it), limit 20.
 */
public final class OfflineEvaluation {

    /** The day the judged sets were built for (their "already expired" certificates are counted on it). */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 22);
    /** Matches and near misses kept per requirement (the metrics look at 20). */
    public static final int LIMIT = 20;

    private static final Pattern SUMMARY = Pattern.compile(
            "SUMMARY ndcg10=([0-9.]+) p5=([0-9.]+) recall20=([0-9.]+) violations=([0-9.]+) nearmiss_recall=([0-9.]+)");

    private OfflineEvaluation() {
    }

    /** The five means of {@code score.py}. */
    public record Summary(double ndcg10, double p5, double recall20, double violations, double nearMissRecall) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path shared = opts.containsKey("shared") ? Path.of(opts.get("shared")) : locateShared();
        Path set = Path.of(opts.getOrDefault("set", shared.resolve("eval/dev").toString()));
        Path data = Path.of(opts.getOrDefault("data", shared.resolve("data").toString()));
        Path out = Path.of(opts.getOrDefault("out", defaultOut(set).toString()));
        LocalDate today = LocalDate.parse(opts.getOrDefault("today", DEFAULT_TODAY.toString()));
        Summary summary = run(set, data, shared.resolve("eval/score.py"), out, today, true);
        if (summary == null) {
            System.exit(1);
        }
    }

    /**
     * Matches, writes {@code out} (the run) and {@code out}'s {@code .explain.json} (factors, reasons, gaps), scores
     * the run when {@code set} has a {@code qrels.tsv}, and returns the SUMMARY (null when not scored).
     */
    public static Summary run(Path set, Path data, Path scorer, Path out, LocalDate today, boolean print)
            throws IOException, InterruptedException {
        EvaluationData d = EvaluationData.load(set, data);
        MatchEngine engine = MatchEngine.standard(d.satisfies());
        CorpusStatistics corpus = CorpusStatistics.of(d.suppliers().stream().map(engine::document).toList());
        Map<String, MatchResult> results = new LinkedHashMap<>();
        for (Requirement r : d.requirements()) {
            results.put(r.externalId(), engine.match(r, d.suppliers(), corpus, today, LIMIT));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, runJson(results), StandardCharsets.UTF_8);
        Files.writeString(explainPath(out), explainJson(results), StandardCharsets.UTF_8);
        Path qrels = set.resolve("qrels.tsv");
        if (!Files.exists(qrels)) {
            if (print) {
                System.out.println("run written to " + out + " (no qrels.tsv to score it)");
            }
            return null;
        }
        return score(scorer, qrels, out, print);
    }

    static Summary score(Path scorer, Path qrels, Path run, boolean print) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorer.toString(), qrels.toString(), run.toString())
                .redirectErrorStream(true).start();
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                text.append(line).append('\n');
            }
        }
        int exit = p.waitFor();
        if (print) {
            System.out.print(text);
        }
        Matcher m = SUMMARY.matcher(text);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("score.py failed (exit " + exit + "):\n" + text);
        }
        return new Summary(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
    }

    static String runJson(Map<String, MatchResult> results) {
        var w = JsonWriter.indent("  ").string().object();
        results.forEach((id, result) -> {
            w.object(id).array("matches");
            result.matches().forEach(m -> w.value(m.nit()));
            w.end().array("nearMisses");
            result.nearMisses().forEach(m -> w.value(m.nit()));
            w.end().end();
        });
        return w.end().done();
    }

    static String explainJson(Map<String, MatchResult> results) {
        var w = JsonWriter.indent("  ").string().object();
        results.forEach((id, result) -> {
            w.object(id);
            for (String list : List.of("matches", "nearMisses")) {
                w.array(list);
                for (SupplierMatch m : list.equals("matches") ? result.matches() : result.nearMisses()) {
                    w.object().value("rank", m.rank()).value("nit", m.nit()).value("name", m.name())
                            .value("score", m.score()).object("factors");
                    m.factors().forEach(w::value);
                    w.end().array("reasons");
                    for (Reason r : m.reasons()) {
                        w.value(r.key() + " " + r.args());
                    }
                    w.end().array("gaps");
                    for (Gap g : m.gaps()) {
                        w.value(g.key() + " " + g.args());
                    }
                    w.end().end();
                }
                w.end();
            }
            w.end();
        });
        return w.end().done();
    }

    /** The {@code shared/} folder beside the working directory or one of its parents. */
    public static Path locateShared() {
        String env = System.getenv("ENCADENA_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("eval/score.py"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/ not found beside " + Path.of("").toAbsolutePath()
                + " or its parents; pass --shared DIR or set ENCADENA_SHARED");
    }

    private static Path defaultOut(Path set) {
        Path base = Files.isDirectory(Path.of("matching")) ? Path.of("matching/target/eval") : Path.of("target/eval");
        return base.resolve("run-" + set.toAbsolutePath().normalize().getFileName() + ".json");
    }

    private static Path explainPath(Path run) {
        String name = run.getFileName().toString().replaceFirst("\\.json$", "");
        return run.resolveSibling(name + ".explain.json");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--shared DIR] [--set DIR] [--data DIR] [--out FILE]"
                        + " [--today YYYY-MM-DD]; bad argument: " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }
}
