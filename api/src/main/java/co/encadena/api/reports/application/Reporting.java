package co.encadena.api.reports.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.imports.format.CsvCells;
import co.encadena.api.reports.domain.ReportTally;
import co.encadena.api.reports.persistence.ReportRows;
import co.encadena.api.ruedas.application.RuedaAccess;
import co.encadena.api.ruedas.followup.domain.ConnectionRule;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rueda report (the figures FORMATS.md fixes, plus breakdowns) and the programme report with its targets. */
@Singleton
@SerdeImport(ReportTally.Bucket.class) // the domain record stays free of framework annotations
public class Reporting {

    /** The metrics a target can be set for. */
    public static final List<String> METRICS = List.of("anchors", "mipymes", "meetingsHeld", "connections",
            "businessExpectationsCop");

    /** One rueda's report. */
    @Serdeable
    public record RuedaReport(UUID ruedaId, String name, int anchors, int suppliers, int requests, int meetingsScheduled,
                              int meetingsHeld, int noShows, int connections, long businessExpectationsCop, int checkedIn,
                              Map<String, List<ReportTally.Bucket>> breakdowns) {
    }

    /** Progress against one target. */
    @Serdeable
    public record Progress(String metric, long target, long actual, double percent) {
    }

    /** The programme's report: firms served once each, across every rueda past its draft. */
    @Serdeable
    public record ProgrammeReport(int anchors, int mipymes, int requests, int meetingsScheduled, int meetingsHeld,
                                  int noShows, int connections, long businessExpectationsCop, List<Progress> progress,
                                  Map<String, List<ReportTally.Bucket>> breakdowns) {
    }

    /** Targets to set; absent ones are left as they are. */
    @Serdeable
    public record Targets(@Nullable Long anchors, @Nullable Long mipymes, @Nullable Long meetingsHeld,
                          @Nullable Long connections, @Nullable Long businessExpectationsCop) {
    }

    private final ReportRows rows;
    private final Ruedas ruedas;
    private final ConnectionRule rule;
    private final Clock clock;

    Reporting(ReportRows rows, Ruedas ruedas, ConnectionRule rule, Clock clock) {
        this.rows = rows;
        this.ruedas = ruedas;
        this.rule = rule;
        this.clock = clock;
    }

    @Transactional
    public RuedaReport rueda(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        ReportTally.Figures f = figures(ruedaId);
        return new RuedaReport(r.id(), r.name(), f.anchors(), f.suppliers(), f.requests(), f.meetingsScheduled(),
                f.meetingsHeld(), f.noShows(), f.connections(), f.businessExpectationsCop(), rows.checkedIn(ruedaId),
                f.breakdowns());
    }

    @Transactional
    public ProgrammeReport programme(Actor actor) {
        ReportTally.Figures f = figures(null);
        Map<String, Long> actual = Map.of("anchors", (long) f.anchors(), "mipymes", (long) f.suppliers(),
                "meetingsHeld", (long) f.meetingsHeld(), "connections", (long) f.connections(),
                "businessExpectationsCop", f.businessExpectationsCop());
        List<Progress> progress = new ArrayList<>();
        rows.targets().forEach((metric, target) -> {
            long done = actual.getOrDefault(metric, 0L);
            double percent = target == 0 ? 100.0 : Math.round(done * 1000.0 / target) / 10.0;
            progress.add(new Progress(metric, target, done, percent));
        });
        return new ProgrammeReport(f.anchors(), f.suppliers(), f.requests(), f.meetingsScheduled(), f.meetingsHeld(),
                f.noShows(), f.connections(), f.businessExpectationsCop(), progress, f.breakdowns());
    }

    @Transactional
    public ProgrammeReport setTargets(Actor actor, Targets body) {
        Targets t = body == null ? new Targets(null, null, null, null, null) : body;
        Map<String, Long> given = new LinkedHashMap<>();
        given.put("anchors", t.anchors());
        given.put("mipymes", t.mipymes());
        given.put("meetingsHeld", t.meetingsHeld());
        given.put("connections", t.connections());
        given.put("businessExpectationsCop", t.businessExpectationsCop());
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        given.forEach((metric, value) -> {
            if (value != null && value < 0) {
                problems.add(new ApiException.FieldProblem(metric, "report.target.negative"));
            }
        });
        if (given.values().stream().allMatch(v -> v == null)) {
            problems.add(new ApiException.FieldProblem("mipymes", "report.target.none"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        given.forEach((metric, value) -> {
            if (value != null) {
                rows.setTarget(metric, value, clock.instant(), actor.userId());
            }
        });
        return programme(actor);
    }

    private static final List<String> BREAKDOWN_HEADER = List.of("desglose", "grupo", "mipymes", "anclas",
            "citas_realizadas", "conexiones", "expectativas_cop");
    private static final List<String> PROGRESS_HEADER = List.of("indicador", "meta", "avance", "porcentaje");

    /** The breakdown rows of a report (the first is the total), cells in {@link #BREAKDOWN_HEADER} order. */
    private static List<List<Object>> breakdownRows(int mipymes, int anchors, int meetingsHeld, int connections, long cop,
                                                    Map<String, List<ReportTally.Bucket>> breakdowns) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("total", "total", mipymes, anchors, meetingsHeld, connections, cop));
        for (Map.Entry<String, List<ReportTally.Bucket>> d : breakdowns.entrySet()) {
            for (ReportTally.Bucket b : d.getValue()) {
                rows.add(List.of(d.getKey(), b.key(), b.mipymes(), b.anchors(), b.meetingsHeld(), b.connections(),
                        b.businessExpectationsCop()));
            }
        }
        return rows;
    }

    private static List<List<Object>> breakdownRows(ProgrammeReport p) {
        return breakdownRows(p.mipymes(), p.anchors(), p.meetingsHeld(), p.connections(), p.businessExpectationsCop(),
                p.breakdowns());
    }

    private static List<List<Object>> progressRows(ProgrammeReport p) {
        return p.progress().stream().map(g -> List.<Object>of(g.metric(), g.target(), g.actual(), g.percent())).toList();
    }

    private static final List<String> FIGURES_HEADER = List.of("indicador", "valor");

    private static List<List<Object>> figureRows(RuedaReport r) {
        return List.of(List.of("anclas", r.anchors()), List.of("mipymes", r.suppliers()), List.of("solicitudes", r.requests()),
                List.of("citas_programadas", r.meetingsScheduled()), List.of("citas_realizadas", r.meetingsHeld()),
                List.of("inasistencias", r.noShows()), List.of("conexiones", r.connections()),
                List.of("expectativas_cop", r.businessExpectationsCop()), List.of("registrados", r.checkedIn()));
    }

    private static List<List<Object>> breakdownRows(RuedaReport r) {
        return breakdownRows(r.suppliers(), r.anchors(), r.meetingsHeld(), r.connections(), r.businessExpectationsCop(),
                r.breakdowns());
    }

    /** The programme report as CSV (UTF-8 with BOM, ";" as Excel in Spanish expects, cells neutralized). */
    @Transactional
    public byte[] programmeCsv(Actor actor) {
        ProgrammeReport p = programme(actor);
        return csv(BREAKDOWN_HEADER, breakdownRows(p), PROGRESS_HEADER, progressRows(p));
    }

    /** The programme report as an Excel workbook: one sheet of breakdowns, one of progress against targets. */
    @Transactional
    public byte[] programmeXlsx(Actor actor) {
        ProgrammeReport p = programme(actor);
        return xlsx(BREAKDOWN_HEADER, breakdownRows(p), "Metas", PROGRESS_HEADER, progressRows(p));
    }

    /** One rueda's report as CSV: its figures, then its breakdowns. */
    @Transactional
    public byte[] ruedaCsv(Actor actor, UUID ruedaId) {
        RuedaReport r = rueda(actor, ruedaId);
        return csv(FIGURES_HEADER, figureRows(r), BREAKDOWN_HEADER, breakdownRows(r));
    }

    /** One rueda's report as an Excel workbook: breakdowns and figures. */
    @Transactional
    public byte[] ruedaXlsx(Actor actor, UUID ruedaId) {
        RuedaReport r = rueda(actor, ruedaId);
        return xlsx(BREAKDOWN_HEADER, breakdownRows(r), "Cifras", FIGURES_HEADER, figureRows(r));
    }

    /** Two tables, one after the other, as CSV (UTF-8 with BOM, ";" as Excel in Spanish expects, cells neutralized). */
    private static byte[] csv(List<String> firstHeader, List<List<Object>> first, List<String> secondHeader,
                              List<List<Object>> second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            for (List<List<Object>> table : List.of(List.of(List.<Object>copyOf(firstHeader)), first,
                    List.of(List.<Object>of()), List.of(List.<Object>copyOf(secondHeader)), second)) {
                for (List<Object> row : table) {
                    if (row.isEmpty()) {
                        csv.println();
                    } else {
                        csv.printRecord(row.stream().map(v -> v instanceof String text ? CsvCells.neutralize(text) : v).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Two tables as two sheets of a workbook: breakdowns first. */
    private static byte[] xlsx(List<String> firstHeader, List<List<Object>> first, String secondSheet,
                               List<String> secondHeader, List<List<Object>> second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "EnCadena Match", "1.0");
            sheet(workbook.newWorksheet("Desgloses"), firstHeader, first);
            sheet(workbook.newWorksheet(secondSheet), secondHeader, second);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text cells stay text (fastexcel never writes formulas from values); numbers are numbers. */
    private static void sheet(org.dhatim.fastexcel.Worksheet sheet, List<String> header, List<List<Object>> rows) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.width(c, c < 2 ? 28 : 16);
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v != null) {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
    }

    private ReportTally.Figures figures(UUID ruedaId) {
        return ReportTally.tally(rows.firms(ruedaId), rows.requests(ruedaId), rows.meetings(ruedaId),
                rows.outcomes(ruedaId), rule);
    }
}
