package co.encadena.matching.scheduling.solver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Maximum-gain b-matching on a bipartite graph by min-cost flow (OR-Tools' cost-scaling solver, polynomial):
 * source → left participant → right participant → sink, each participant arc holding its cap. Optional
 * refinements, all exact: a hub arc in front of the left participants without a table of their own bounds the
 * meetings that need a shared table (tables × slots); a concave bonus on a participant's first and second
 * meeting (parallel arcs of rising cost) encodes the fairness floor.
 */
public final class BMatching {
    private final Problem pb;
    private final int[] side;
    private final boolean[] usable;
    private final long[] gain;
    private int[] caps;
    private long[] bonus1;
    private long[] bonus2;
    private long sharedBudget = -1;

    /**
     * @param side   side of each participant ({@link Bipartition}); requests must join the two sides
     * @param usable requests that may be chosen
     * @param gain   gain of choosing each request (non-negative)
     */
    public BMatching(Problem pb, int[] side, boolean[] usable, long[] gain) {
        this.pb = pb;
        this.side = side;
        this.usable = usable;
        this.gain = gain;
        this.caps = pb.cap;
    }

    public BMatching caps(int[] c) {
        this.caps = c;
        return this;
    }

    /** Gain for a participant's first and second meeting (the fairness floor). */
    public BMatching bonuses(long[] first, long[] second) {
        this.bonus1 = first;
        this.bonus2 = second;
        return this;
    }

    /** Bound the requests that need a shared table; only exact when table owners are all on the left. */
    public BMatching sharedBudget(long budget) {
        this.sharedBudget = budget;
        return this;
    }

    /** The chosen requests and the total gain (request gains plus bonuses). */
    public record Result(boolean[] chosen, long gain) {
    }

    public Result solve() {
        NativeLibraries.load();
        final int src = 0;
        final int snk = 1;
        final int hub = 2;
        final int base = 3;
        MinCostFlow flow = new MinCostFlow(base + pb.nP, pb.nR + 3 * pb.nP + 2);
        long leftCapacity = 0;
        boolean useHub = sharedBudget >= 0;
        if (useHub) {
            flow.addArcWithCapacityAndUnitCost(src, hub, sharedBudget, 0);
        }
        for (int p = 0; p < pb.nP; p++) {
            if (side[p] == Bipartition.NONE || caps[p] <= 0) {
                continue;
            }
            int node = base + p;
            int from;
            int to;
            if (side[p] == Bipartition.LEFT) {
                from = useHub && pb.ownTable[p] < 0 ? hub : src;
                to = node;
                leftCapacity += caps[p];
            } else {
                from = node;
                to = snk;
            }
            int rest = caps[p];
            if (bonus1 != null && bonus1[p] > 0) {
                flow.addArcWithCapacityAndUnitCost(from, to, 1, -bonus1[p]);
                rest--;
                if (rest > 0 && bonus2[p] > 0) {
                    flow.addArcWithCapacityAndUnitCost(from, to, 1, -bonus2[p]);
                    rest--;
                }
            }
            if (rest > 0) {
                flow.addArcWithCapacityAndUnitCost(from, to, rest, 0);
            }
        }
        int[] arcOf = new int[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            arcOf[r] = -1;
            int a = pb.ra[r];
            int b = pb.rb[r];
            if (!usable[r] || caps[a] <= 0 || caps[b] <= 0) {
                continue;
            }
            int l = side[a] == Bipartition.LEFT ? a : b;
            int rt = l == a ? b : a;
            if (side[l] != Bipartition.LEFT || side[rt] != Bipartition.RIGHT) {
                throw new IllegalArgumentException("request " + r + " does not join the two sides");
            }
            arcOf[r] = flow.addArcWithCapacityAndUnitCost(base + l, base + rt, 1, -gain[r]);
        }
        long k = Math.min(leftCapacity, pb.nR);
        flow.addArcWithCapacityAndUnitCost(src, snk, k, 0);
        flow.setNodeSupply(src, k);
        flow.setNodeSupply(snk, -k);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow failed: " + status);
        }
        boolean[] chosen = new boolean[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            chosen[r] = arcOf[r] >= 0 && flow.getFlow(arcOf[r]) > 0;
        }
        long total = -flow.getOptimalCost();
        flow.delete();
        return new Result(chosen, total);
    }
}
