package co.encadena.matching.scheduling;

import java.time.Duration;

/**
 * How hard the scheduler may work.
 *
 * @param timeLimit   wall-clock budget for the whole run; the answer keeps its proven bound when cut short
 * @param workers     CP-SAT search workers (threads)
 * @param seed        random seed, so that runs are reproducible
 * @param polishGaps  spend the remaining time minimising idle gaps (objective 3)
 * @param strategy    {@link Strategy#AUTO} picks the exact flow core when it applies, the general path otherwise
 */
public record SchedulerOptions(Duration timeLimit, int workers, long seed, boolean polishGaps, Strategy strategy) {

    /** Which engine to use. */
    public enum Strategy {
        /** The exact polynomial core for bipartite instances without availability limits, CP-SAT otherwise. */
        AUTO,
        /** Always the general path (time-indexed LP/MIP, CP-SAT, annealing), never the exact flow core. */
        CP_SAT
    }

    public SchedulerOptions {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must not be null");
        }
    }

    /** 30 s, two workers, gap polishing on. */
    public static SchedulerOptions defaults() {
        return new SchedulerOptions(Duration.ofSeconds(30), 2, 1L, true, Strategy.AUTO);
    }

    public SchedulerOptions withTimeLimit(Duration limit) {
        return new SchedulerOptions(limit, workers, seed, polishGaps, strategy);
    }

    public SchedulerOptions withStrategy(Strategy s) {
        return new SchedulerOptions(timeLimit, workers, seed, polishGaps, s);
    }

    public SchedulerOptions withPolishGaps(boolean polish) {
        return new SchedulerOptions(timeLimit, workers, seed, polish, strategy);
    }

    public SchedulerOptions withSeed(long s) {
        return new SchedulerOptions(timeLimit, workers, s, polishGaps, strategy);
    }
}
