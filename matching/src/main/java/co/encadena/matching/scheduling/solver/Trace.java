package co.encadena.matching.scheduling.solver;

/**
 * Phase timings on standard error when the JVM runs with {@code -Dencadena.scheduler.trace=true} (for tuning the
 * time budget; silent otherwise, so the command line's stdout stays the agenda).
 */
public final class Trace {
    private static final boolean ON = Boolean.getBoolean("encadena.scheduler.trace");

    private Trace() {
    }

    public static void note(Deadline deadline, String what) {
        if (ON) {
            System.err.printf("[scheduler] %-40s %.3f s left%n", what, deadline.remainingSeconds());
        }
    }
}
