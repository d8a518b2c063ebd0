package co.encadena.api.imports.application;

import co.encadena.api.imports.format.RequirementCsv;
import co.encadena.api.imports.format.RequirementJson;
import co.encadena.api.requirements.persistence.Requirements;
import co.encadena.api.requirements.persistence.StoredRequirement;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports every requirement in (anchor NIT, external id) order, in the import formats plus its status, page by
 * page; CSV cells are protected against formula injection. Re-importing an export gives the same records.
 */
@Singleton
public class ExportingRequirements {

    private final Requirements requirements;

    ExportingRequirements(Requirements requirements) {
        this.requirements = requirements;
    }

    public InputStream export(ImportFormat format, char delimiter) {
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        Pager pager = new Pager();
        boolean[] started = {format != ImportFormat.CSV};
        return new ExportStream(() -> {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, csv)) {
                if (!started[0]) {
                    started[0] = true;
                    printer.printRecord(RequirementCsv.HEADER);
                    printer.flush();
                    byte[] header = out.toString().getBytes(StandardCharsets.UTF_8);
                    byte[] first = new byte[ExportingSuppliers.BOM.length + header.length];
                    System.arraycopy(ExportingSuppliers.BOM, 0, first, 0, ExportingSuppliers.BOM.length);
                    System.arraycopy(header, 0, first, ExportingSuppliers.BOM.length, header.length);
                    return first;
                }
                List<StoredRequirement> page = pager.next();
                if (page == null) {
                    return null;
                }
                for (StoredRequirement r : page) {
                    if (format == ImportFormat.CSV) {
                        printer.printRecord(RequirementCsv.row(r.anchor(), r.requirement(), r.status()));
                    } else {
                        out.append(RequirementJson.write(r.anchor(), r.requirement(), r.status())).append('\n');
                    }
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Pages of requirements in key order; null once they run out. */
    private final class Pager {
        private String afterNit;
        private String afterExternalId;
        private boolean done;

        List<StoredRequirement> next() {
            if (done) {
                return null;
            }
            List<StoredRequirement> page = requirements.exportPage(afterNit, afterExternalId, ExportingSuppliers.PAGE);
            if (page.size() < ExportingSuppliers.PAGE) {
                done = true;
            }
            if (page.isEmpty()) {
                return null;
            }
            StoredRequirement last = page.get(page.size() - 1);
            afterNit = last.anchor().nit();
            afterExternalId = last.requirement().externalId();
            return page;
        }
    }
}
