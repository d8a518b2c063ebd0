package co.encadena.api.imports.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than {@code maxBytes} have been read, then fails with
 * {@link TooLargeException}: an upload whose size was not announced (chunked) is stopped at the limit
 * instead of being read to the end.
 */
public final class SizeLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long count;

    public SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    /** The input is larger than allowed. */
    public static final class TooLargeException extends IOException {
        private final long maxBytes;

        public TooLargeException(long maxBytes) {
            super("input larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLargeException {
        count += n;
        if (count > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
    }
}
