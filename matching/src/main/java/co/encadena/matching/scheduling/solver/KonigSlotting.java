package co.encadena.matching.scheduling.solver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a schedulable set of bipartite meetings into the slots: a König edge colouring, balanced so that no slot
 * needs more shared tables than exist.
 *
 * <p>König's theorem is proved by peeling off, slot by slot, a matching that covers every participant whose
 * remaining meetings equal the remaining slots. Here each such matching is found as a flow with lower bounds,
 * which also keeps the shared-table meetings of the slot within {@code [sh - S(k-1), S]} (sh shared meetings
 * left, S shared tables, k slots left). Giving every remaining meeting 1/k is a fractional solution of these
 * bounds, so an integral one always exists: when every participant is within its cap and the slots, and shared
 * meetings are at most S × slots, the colouring never fails. Among the feasible matchings the flow prefers
 * participants who met in the previous slot and still have meetings, which avoids opening idle gaps.
 */
public final class KonigSlotting {
    private KonigSlotting() {
    }

    /**
     * Slot of each chosen request (-1 for the others).
     *
     * @throws IllegalArgumentException when the chosen set is not schedulable (a participant above the number
     *                                  of slots, or more shared meetings than tables × slots)
     */
    public static int[] assign(Problem pb, int[] side, boolean[] chosen) {
        NativeLibraries.load();
        int nT = pb.nT;
        int sTables = pb.sharedTables();
        int[] slotOf = new int[pb.nR];
        java.util.Arrays.fill(slotOf, -1);
        int[] deg = new int[pb.nP];
        List<Integer> remaining = new ArrayList<>();
        int sharedLeft = 0;
        for (int r = 0; r < pb.nR; r++) {
            if (chosen[r]) {
                remaining.add(r);
                deg[pb.ra[r]]++;
                deg[pb.rb[r]]++;
                sharedLeft += pb.shared[r] ? 1 : 0;
            }
        }
        for (int p = 0; p < pb.nP; p++) {
            if (deg[p] > nT) {
                throw new IllegalArgumentException(pb.participantId[p] + " has " + deg[p] + " meetings for " + nT + " slots");
            }
        }
        if (sharedLeft > (long) sTables * nT) {
            throw new IllegalArgumentException(sharedLeft + " shared meetings for " + sTables + " tables x " + nT + " slots");
        }
        boolean[] busyBefore = new boolean[pb.nP];
        for (int t = 0; t < nT && !remaining.isEmpty(); t++) {
            int k = nT - t;
            boolean[] busyNow = new boolean[pb.nP];
            List<Integer> taken = matching(pb, side, remaining, deg, busyBefore, k, sharedLeft, sTables);
            List<Integer> next = new ArrayList<>(remaining.size());
            boolean[] inSlot = new boolean[pb.nR];
            for (int r : taken) {
                inSlot[r] = true;
                slotOf[r] = t;
                deg[pb.ra[r]]--;
                deg[pb.rb[r]]--;
                busyNow[pb.ra[r]] = true;
                busyNow[pb.rb[r]] = true;
                sharedLeft -= pb.shared[r] ? 1 : 0;
            }
            for (int r : remaining) {
                if (!inSlot[r]) {
                    next.add(r);
                }
            }
            remaining = next;
            busyBefore = busyNow;
        }
        if (!remaining.isEmpty()) {
            throw new IllegalStateException(remaining.size() + " meetings left after the last slot");
        }
        return slotOf;
    }

    private static List<Integer> matching(Problem pb, int[] side, List<Integer> remaining, int[] deg,
                                          boolean[] busyBefore, int k, int sharedLeft, int sTables) {
        final int src = 0;
        final int snk = 1;
        final int hub = 2;
        final int base = 3;
        LowerBoundedFlow f = new LowerBoundedFlow(base + pb.nP);
        f.arc(src, hub, Math.max(0, sharedLeft - (long) sTables * (k - 1)), Math.min(sTables, sharedLeft), 0);
        for (int p = 0; p < pb.nP; p++) {
            if (deg[p] == 0) {
                continue;
            }
            int lower = deg[p] == k ? 1 : 0;
            long cost = busyBefore[p] ? -1 : 0;
            if (side[p] == Bipartition.LEFT) {
                f.arc(pb.ownTable[p] < 0 ? hub : src, base + p, lower, 1, cost);
            } else {
                f.arc(base + p, snk, lower, 1, cost);
            }
        }
        int[] arcOf = new int[remaining.size()];
        for (int i = 0; i < remaining.size(); i++) {
            int r = remaining.get(i);
            int l = side[pb.ra[r]] == Bipartition.LEFT ? pb.ra[r] : pb.rb[r];
            int rt = pb.other(r, l);
            arcOf[i] = f.arc(base + l, base + rt, 0, 1, 0);
        }
        f.arc(snk, src, 0, Integer.MAX_VALUE, 0);
        long[] flows = f.solve();
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            if (flows[arcOf[i]] > 0) {
                taken.add(remaining.get(i));
            }
        }
        return taken;
    }

    /** A circulation with lower bounds on arcs, solved as a min-cost flow with node supplies. */
    static final class LowerBoundedFlow {
        private final MinCostFlow flow;
        private final long[] supply;
        private final List<long[]> lowers = new ArrayList<>();

        LowerBoundedFlow(int nodes) {
            this.flow = new MinCostFlow(nodes, 16);
            this.supply = new long[nodes];
        }

        int arc(int from, int to, long lower, long upper, long cost) {
            if (lower > upper) {
                throw new IllegalArgumentException("arc " + from + "->" + to + " lower " + lower + " > upper " + upper);
            }
            supply[to] += lower;
            supply[from] -= lower;
            lowers.add(new long[] {lower});
            return flow.addArcWithCapacityAndUnitCost(from, to, upper - lower, cost);
        }

        long[] solve() {
            for (int n = 0; n < supply.length; n++) {
                flow.setNodeSupply(n, supply[n]);
            }
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                flow.delete();
                throw new IllegalStateException("slot matching infeasible: " + status);
            }
            long[] result = new long[lowers.size()];
            for (int a = 0; a < result.length; a++) {
                result[a] = flow.getFlow(a) + lowers.get(a)[0];
            }
            flow.delete();
            return result;
        }
    }
}
