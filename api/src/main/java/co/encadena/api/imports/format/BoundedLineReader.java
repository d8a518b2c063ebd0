package co.encadena.api.imports.format;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line without ever holding more than one line — and never more than {@code maxChars} of
 * it: a file without line breaks (or a binary file sent by mistake) cannot exhaust memory. A longer line is
 * consumed to its end and reported as too long. Accepts \n and \r\n; drops a UTF-8 byte order mark.
 */
public final class BoundedLineReader {

    /** A line and its 1-based number; {@code tooLong} when it was cut (its text is then empty). */
    public record Line(long number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;
    private boolean first = true;

    public BoundedLineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** @return the next line, or null at the end of the input */
    public Line next() throws IOException {
        StringBuilder text = new StringBuilder(256);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            // the rest of the line in this buffer, copied at once
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            boolean lineEnds = end < limit;
            position = lineEnds ? end + 1 : end;
            if (!tooLong) {
                if (end - start > maxChars - text.length()) {
                    tooLong = true;
                    text.setLength(0);
                } else {
                    text.append(buffer, start, end - start);
                }
            }
            if (lineEnds) {
                break;
            }
        }
        number++;
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        if (first) {
            first = false;
            if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
                text.deleteCharAt(0);
            }
        }
        return new Line(number, tooLong ? "" : text.toString(), tooLong);
    }
}
