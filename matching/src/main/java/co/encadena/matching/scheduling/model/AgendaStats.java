package co.encadena.matching.scheduling.model;

/**
 * Figures about an agenda and how good it provably is.
 *
 * @param requests               number of requests in the instance
 * @param scheduled              meetings scheduled
 * @param scheduledWeight        total weight of the scheduled meetings (objective 1)
 * @param upperBound             proven bound on the number of schedulable requests
 * @param upperBoundKind         where that bound comes from: {@code MAX_FLOW} (flow relaxation) or
 *                               {@code TIME_INDEXED_LP} (LP relaxation of the time-indexed model, rounded down)
 * @param weightUpperBound       proven bound on the total weight
 * @param gap                    {@code (weightUpperBound - scheduledWeight) / weightUpperBound}, 0 when optimal
 * @param idleGaps               idle runs between two meetings of a participant, summed (objective 3)
 * @param minMeetingsPerSupplier fewest meetings of a supplier that has at least one request
 * @param suppliersWithMeetings  suppliers with at least one meeting (objective 2)
 * @param solveMillis            wall-clock time spent
 * @param optimal                the total weight is proven maximal
 * @param idleGapsOptimal        the idle-gap count is proven minimal given objectives 1 and 2
 * @param method                 {@code EXACT_FLOW} (polynomial bipartite core), {@code MIP} (time-indexed LP/MIP
 *                               for the weight, CP-SAT for fairness and gaps) or {@code CP_SAT}
 * @param weightUpperBoundKind   where {@code weightUpperBound} comes from: {@code MAX_FLOW},
 *                               {@code TIME_INDEXED_LP}, {@code TIME_INDEXED_MIP} (SCIP's proven bound) or
 *                               {@code CP_SAT} (CP-SAT's proven objective bound)
 */
public record AgendaStats(int requests, int scheduled, long scheduledWeight, int upperBound,
                          String upperBoundKind, long weightUpperBound, double gap, int idleGaps,
                          int minMeetingsPerSupplier, int suppliersWithMeetings, long solveMillis,
                          boolean optimal, boolean idleGapsOptimal, String method, String weightUpperBoundKind) {

    /** The figures without the weight bound's source (read as {@code MAX_FLOW}, the only source before). */
    public AgendaStats(int requests, int scheduled, long scheduledWeight, int upperBound, String upperBoundKind,
                       long weightUpperBound, double gap, int idleGaps, int minMeetingsPerSupplier,
                       int suppliersWithMeetings, long solveMillis, boolean optimal, boolean idleGapsOptimal,
                       String method) {
        this(requests, scheduled, scheduledWeight, upperBound, upperBoundKind, weightUpperBound, gap, idleGaps,
                minMeetingsPerSupplier, suppliersWithMeetings, solveMillis, optimal, idleGapsOptimal, method,
                "MAX_FLOW");
    }
}
