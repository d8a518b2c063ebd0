package co.encadena.matching.scheduling.model;

/**
 * Figures about an agenda and how good it provably is.
 *
 * @param requests               number of requests in the instance
 * @param scheduled              meetings scheduled
 * @param scheduledWeight        total weight of the scheduled meetings (objective 1)
 * @param upperBound             proven bound on the number of schedulable requests
 * @param upperBoundKind         where that bound comes from: {@code MAX_FLOW} (flow relaxation) or
 *                               {@code CP_SAT} (the solver's proven objective bound)
 * @param weightUpperBound       proven bound on the total weight
 * @param gap                    {@code (weightUpperBound - scheduledWeight) / weightUpperBound}, 0 when optimal
 * @param idleGaps               idle runs between two meetings of a participant, summed (objective 3)
 * @param minMeetingsPerSupplier fewest meetings of a supplier that has at least one request
 * @param suppliersWithMeetings  suppliers with at least one meeting (objective 2)
 * @param solveMillis            wall-clock time spent
 * @param optimal                the total weight is proven maximal
 * @param idleGapsOptimal        the idle-gap count is proven minimal given objectives 1 and 2
 * @param method                 {@code EXACT_FLOW} (polynomial bipartite core) or {@code CP_SAT}
 */
public record AgendaStats(int requests, int scheduled, long scheduledWeight, int upperBound,
                          String upperBoundKind, long weightUpperBound, double gap, int idleGaps,
                          int minMeetingsPerSupplier, int suppliersWithMeetings, long solveMillis,
                          boolean optimal, boolean idleGapsOptimal, String method) {
}
