package co.encadena.api.imports.application;

import co.encadena.api.imports.format.SupplierCsv;
import co.encadena.api.imports.format.SupplierJson;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import co.encadena.api.suppliers.persistence.SupplierProfiles;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports every supplier profile in NIT order, in the import formats, page by page: JSON Lines exactly as
 * {@code suppliers.jsonl}, or CSV (UTF-8 with a byte order mark so spreadsheets read the accents) with
 * formula-injection protection. Re-importing an export gives the same profiles.
 */
@Singleton
public class ExportingSuppliers {

    static final int PAGE = 500;
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SupplierProfiles profiles;

    ExportingSuppliers(SupplierProfiles profiles) {
        this.profiles = profiles;
    }

    public InputStream export(ImportFormat format, char delimiter) {
        return format == ImportFormat.CSV ? csv(delimiter) : jsonLines();
    }

    private InputStream jsonLines() {
        Pager pager = new Pager();
        return new ExportStream(() -> {
            List<StoredSupplier> page = pager.next();
            if (page == null) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            page.forEach(s -> out.append(SupplierJson.write(s.profile())).append('\n'));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private InputStream csv(char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        Pager pager = new Pager();
        int[] longest = new int[3];
        boolean[] started = {false};
        return new ExportStream(() -> {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, format)) {
                if (!started[0]) {
                    started[0] = true;
                    int[] sizes = profiles.longestLists();
                    System.arraycopy(sizes, 0, longest, 0, 3);
                    printer.printRecord(SupplierCsv.header(longest[0], longest[1], longest[2]));
                    printer.flush();
                    byte[] header = out.toString().getBytes(StandardCharsets.UTF_8);
                    byte[] first = new byte[BOM.length + header.length];
                    System.arraycopy(BOM, 0, first, 0, BOM.length);
                    System.arraycopy(header, 0, first, BOM.length, header.length);
                    return first;
                }
                List<StoredSupplier> page = pager.next();
                if (page == null) {
                    return null;
                }
                for (StoredSupplier s : page) {
                    printer.printRecord(SupplierCsv.row(s.profile(), longest[0], longest[1], longest[2]));
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Pages of profiles in NIT order; null once they run out. */
    private final class Pager {
        private String afterNit;
        private boolean done;

        List<StoredSupplier> next() {
            if (done) {
                return null;
            }
            List<StoredSupplier> page = profiles.exportPage(afterNit, PAGE);
            if (page.size() < PAGE) {
                done = true;
            }
            if (page.isEmpty()) {
                return null;
            }
            afterNit = page.get(page.size() - 1).profile().nit();
            return page;
        }
    }
}
