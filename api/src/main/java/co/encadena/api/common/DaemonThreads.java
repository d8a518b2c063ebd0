package co.encadena.api.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Small fixed pools of named daemon threads for work the application runs beside a request or a job. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A pool of {@code size} daemon threads named {@code prefix-1}, {@code prefix-2}, … */
    public static ExecutorService fixed(String prefix, int size) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
