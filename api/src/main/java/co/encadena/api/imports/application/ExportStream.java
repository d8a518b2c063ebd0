package co.encadena.api.imports.application;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An export as a stream the HTTP server pulls from: each time its buffer is empty it asks for the next chunk
 * (one page of records, already formatted), so a 100,000-record export is never in memory at once.
 */
final class ExportStream extends InputStream {

    private final Supplier<byte[]> nextChunk;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean finished;

    /** @param nextChunk the next bytes, or null at the end */
    ExportStream(Supplier<byte[]> nextChunk) {
        this.nextChunk = nextChunk;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - position);
        System.arraycopy(chunk, position, b, off, n);
        position += n;
        return n;
    }

    private boolean fill() {
        while (position >= chunk.length) {
            if (finished) {
                return false;
            }
            byte[] next = nextChunk.get();
            if (next == null) {
                finished = true;
                return false;
            }
            chunk = next;
            position = 0;
        }
        return true;
    }
}
