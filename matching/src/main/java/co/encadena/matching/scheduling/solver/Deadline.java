package co.encadena.matching.scheduling.solver;

import java.time.Duration;

/** A wall-clock deadline shared by the phases of one scheduler run. */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration d) {
        return new Deadline(System.nanoTime() + d.toNanos());
    }

    /**
     * The deadline of a run that started at {@code startNanos} ({@link System#nanoTime()}) with a time limit,
     * less a margin for the work after the search (building the agenda).
     */
    public static Deadline of(long startNanos, Duration limit, double marginSeconds) {
        return new Deadline(startNanos + limit.toNanos() - (long) (marginSeconds * 1e9));
    }

    public double remainingSeconds() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1e9);
    }

    public boolean passed() {
        return System.nanoTime() >= endNanos;
    }
}
