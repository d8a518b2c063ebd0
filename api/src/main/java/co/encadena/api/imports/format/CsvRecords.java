package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violation;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file record by record with Apache Commons CSV. The first line names the columns; the
 * separator is whichever of comma, semicolon or tab it uses (spreadsheets in Colombia save with semicolons).
 * No record may exceed {@value #MAX_RECORD_CHARS} characters, so an unclosed quote cannot make one record of
 * the whole file. A record the parser cannot get past stops the file there, with that line reported.
 */
public final class CsvRecords {

    public static final int MAX_RECORD_CHARS = 512 * 1024;

    private CsvRecords() {
    }

    /** A CSV that cannot be read as a whole: no header, or a header without the required columns. */
    public static final class UnreadableFileException extends RuntimeException {
        private final transient Violation violation;

        UnreadableFileException(Violation violation) {
            super(violation.messageKey(), null, false, false);
            this.violation = violation;
        }

        public Violation violation() {
            return violation;
        }
    }

    /**
     * @param required columns without which no record can be valid
     * @param read     turns a record into a parsed draft, given the header and the record's first line
     */
    public static <D> Iterator<Parsed<D>> records(Reader input, List<String> required,
                                                  RecordReader<D> read) {
        BufferedReader buffered = new BufferedReader(input, 64 * 1024);
        Guard guard = new Guard(buffered);
        CSVParser parser;
        CsvHeader header;
        try {
            char delimiter = delimiter(buffered);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrailingData(true).setLenientEof(true).get();
            parser = format.parse(guard);
            Iterator<CSVRecord> first = parser.iterator();
            if (!first.hasNext()) {
                throw new UnreadableFileException(Violation.of(null, "import.csv.empty"));
            }
            List<String> names = new ArrayList<>();
            first.next().forEach(names::add);
            header = new CsvHeader(names);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(Violation.of(null, "import.csv.header"));
        }
        List<String> missing = required.stream().filter(c -> !header.has(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(Violation.of(null, "import.csv.missingColumns", String.join(", ", missing)));
        }
        Iterator<CSVRecord> records = parser.iterator();
        long headerEnd = parser.getCurrentLineNumber();
        return new Iterator<>() {
            private boolean stopped;
            // hasNext() makes the parser read ahead, so a record's first line is the previous record's last + 1
            private long lastEnd = headerEnd;

            @Override
            public boolean hasNext() {
                if (stopped) {
                    return false;
                }
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return true; // next() reports it
                }
            }

            @Override
            public Parsed<D> next() {
                if (stopped) {
                    throw new NoSuchElementException();
                }
                long start = lastEnd + 1;
                guard.startRecord();
                try {
                    CSVRecord record = records.next();
                    lastEnd = parser.getCurrentLineNumber();
                    for (String value : record) {
                        if (value != null && value.indexOf('\uFFFD') >= 0) {
                            return Parsed.unreadable(start, Violation.of(null, "import.line.encoding"));
                        }
                    }
                    return read.read(header, record, start);
                } catch (UncheckedIOException | IllegalStateException e) {
                    stopped = true;
                    if (e.getCause() instanceof SizeLimitedInputStream.TooLargeException tooLarge) {
                        throw new UncheckedIOException(tooLarge);
                    }
                    boolean tooLong = e.getCause() instanceof RecordTooLongException;
                    return Parsed.unreadable(start, Violation.of(null, tooLong ? "import.csv.recordTooLong" : "import.csv.malformed",
                            tooLong ? MAX_RECORD_CHARS / 1024 : start));
                }
            }
        };
    }

    /** Reads one record given the file's header and the line it starts on. */
    @FunctionalInterface
    public interface RecordReader<D> {
        Parsed<D> read(CsvHeader header, CSVRecord record, long line);
    }

    /** The separator of the header line: the most frequent of , ; and tab outside quotes. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(MAX_RECORD_CHARS);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < MAX_RECORD_CHARS; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Signals a record longer than allowed. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException() {
            super("CSV record longer than " + MAX_RECORD_CHARS + " characters");
        }
    }

    /** Counts characters read since the current record began (plus the parser's read-ahead). */
    private static final class Guard extends FilterReader {
        private static final long LIMIT = MAX_RECORD_CHARS + 64 * 1024L;
        private long sinceRecordStart;

        Guard(Reader in) {
            super(in);
        }

        void startRecord() {
            sinceRecordStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++sinceRecordStart > LIMIT) {
                throw new RecordTooLongException();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                sinceRecordStart += n;
                if (sinceRecordStart > LIMIT) {
                    throw new RecordTooLongException();
                }
            }
            return n;
        }
    }
}
