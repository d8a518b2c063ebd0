package co.encadena.matching.scheduling.solver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Proven upper bounds from the flow relaxation: forget that meetings need distinct slots and keep only the
 * caps (each capped by the slots in which the participant can meet at all) and, when the request graph is
 * bipartite with table owners on one side, the shared-table budget. A schedule is a b-matching of that
 * relaxation, so its optimum bounds the schedule. A non-bipartite request graph is relaxed once more to its
 * bipartite double cover (every participant on both sides), whose optimum is twice a fractional b-matching.
 */
public final class UpperBounds {
    /** Bound on total weight and on the number of meetings. */
    public record Bounds(long weight, int count) {
    }

    private UpperBounds() {
    }

    public static Bounds of(Problem pb) {
        boolean[] usable = new boolean[pb.nR];
        boolean[][] useful = new boolean[pb.nP][pb.nT];
        for (int r = 0; r < pb.nR; r++) {
            for (int t = 0; t < pb.nT; t++) {
                if (pb.allowed[r][t]) {
                    usable[r] = true;
                    useful[pb.ra[r]][t] = true;
                    useful[pb.rb[r]][t] = true;
                }
            }
        }
        int[] caps = new int[pb.nP];
        for (int p = 0; p < pb.nP; p++) {
            int slots = 0;
            for (int t = 0; t < pb.nT; t++) {
                slots += useful[p][t] ? 1 : 0;
            }
            caps[p] = Math.min(pb.cap[p], slots);
        }
        long[] weights = pb.weight.clone();
        long[] ones = new long[pb.nR];
        java.util.Arrays.fill(ones, 1);
        int[] side = Bipartition.of(pb);
        if (side != null) {
            long budget = (long) pb.sharedTables() * pb.nT;
            long w = new BMatching(pb, side, usable, weights).caps(caps).sharedBudget(budget).solve().gain();
            long c = new BMatching(pb, side, usable, ones).caps(caps).sharedBudget(budget).solve().gain();
            return new Bounds(w, (int) c);
        }
        return new Bounds(doubleCover(pb, usable, caps, weights) / 2, (int) (doubleCover(pb, usable, caps, ones) / 2));
    }

    /** Max-gain flow in the bipartite double cover: twice the best fractional b-matching, at least. */
    static long doubleCover(Problem pb, boolean[] usable, int[] caps, long[] gain) {
        NativeLibraries.load();
        int src = 0;
        int snk = 1;
        int left = 2;
        int right = 2 + pb.nP;
        MinCostFlow flow = new MinCostFlow(2 + 2 * pb.nP, 2 * pb.nR + 2 * pb.nP + 1);
        long total = 0;
        for (int p = 0; p < pb.nP; p++) {
            if (caps[p] > 0) {
                flow.addArcWithCapacityAndUnitCost(src, left + p, caps[p], 0);
                flow.addArcWithCapacityAndUnitCost(right + p, snk, caps[p], 0);
                total += caps[p];
            }
        }
        for (int r = 0; r < pb.nR; r++) {
            if (usable[r] && caps[pb.ra[r]] > 0 && caps[pb.rb[r]] > 0) {
                flow.addArcWithCapacityAndUnitCost(left + pb.ra[r], right + pb.rb[r], 1, -gain[r]);
                flow.addArcWithCapacityAndUnitCost(left + pb.rb[r], right + pb.ra[r], 1, -gain[r]);
            }
        }
        flow.addArcWithCapacityAndUnitCost(src, snk, total, 0);
        flow.setNodeSupply(src, total);
        flow.setNodeSupply(snk, -total);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("double-cover flow failed: " + status);
        }
        long value = -flow.getOptimalCost();
        flow.delete();
        return value;
    }
}
