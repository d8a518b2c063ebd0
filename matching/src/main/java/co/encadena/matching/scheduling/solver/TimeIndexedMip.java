package co.encadena.matching.scheduling.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Objective 1 (most total weight) on its own, with the time-indexed integer model: one 0/1 variable per
 * request and allowed slot; per participant and slot at most one meeting; per participant at most its cap; per
 * slot at most as many shared-table meetings as shared tables; each request at most once, mandatory and locked
 * ones exactly once (locks are fixed through {@link Problem#allowed}).
 *
 * <p>The LP relaxation of this model (GLOP, a tenth of a second at EnCadena scale) is much tighter than the
 * flow relaxation and is usually integral: its optimum is then a proven-optimal schedule. Otherwise the LP is
 * rounded greedily (largest LP values first) and, when that falls short of the LP bound, the same model goes to
 * SCIP as a MIP, hinted with the rounding, until it is proven or the time share runs out. The count of meetings
 * gets the same LP bound (a second, warm-started LP solve), which is usually tighter than the max-flow count.
 */
public final class TimeIndexedMip {

    /** Where the weight bound comes from. */
    public enum BoundKind {
        /** The LP relaxation of the time-indexed model, rounded down. */
        TIME_INDEXED_LP,
        /** SCIP's proven bound on the time-indexed MIP. */
        TIME_INDEXED_MIP
    }

    /**
     * What the weight phase achieved.
     *
     * @param slotOf      best schedule found (holds every mandatory and locked meeting), or null
     * @param weightBound proven bound on the total weight ({@link Long#MAX_VALUE} when none was proven)
     * @param boundKind   source of {@code weightBound}
     * @param countBound  proven bound on the number of meetings ({@link Integer#MAX_VALUE} when none)
     * @param lpInfeasible the LP relaxation has no solution: no schedule holds every mandatory request
     * @param fairnessOptimal {@code slotOf} has the proven optimal weight and, at that weight, the proven best
     *                    fairness floor (objective 2)
     */
    public record Result(int[] slotOf, long weightBound, BoundKind boundKind, int countBound, boolean lpInfeasible,
                         boolean fairnessOptimal) {
    }

    private static final double EPS = 1e-6;

    private final Problem pb;
    private final int[][] slotsOf;

    private TimeIndexedMip(Problem pb) {
        this.pb = pb;
        this.slotsOf = new int[pb.nR][];
        for (int r = 0; r < pb.nR; r++) {
            int[] s = new int[pb.allowedCount(r)];
            int i = 0;
            for (int t = 0; t < pb.nT; t++) {
                if (pb.allowed[r][t]) {
                    s[i++] = t;
                }
            }
            slotsOf[r] = s;
        }
    }

    /**
     * Maximises the total weight.
     *
     * @param deadline the run's deadline
     * @param seconds  the share of the remaining time this phase may use (the LP itself is not cut short)
     */
    public static Result maxWeight(Problem pb, Deadline deadline, double seconds) {
        NativeLibraries.load();
        return new TimeIndexedMip(pb).run(deadline, seconds);
    }

    private Result run(Deadline deadline, double seconds) {
        long phaseEnd = System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return new Result(null, Long.MAX_VALUE, null, Integer.MAX_VALUE, false, false);
        }
        try {
            MPVariable[][] x = build(lp, false);
            MPObjective objective = lp.objective();
            setWeightObjective(objective, x);
            // The LP is the least this phase needs for an answer worth having: it gets at least a second.
            lp.setTimeLimit(Math.max(1000L, (long) (deadline.remainingSeconds() * 1000)));
            long lpStarted = System.nanoTime();
            MPSolver.ResultStatus status = lp.solve();
            double lpSeconds = (System.nanoTime() - lpStarted) / 1e9;
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new Result(null, Long.MAX_VALUE, null, Integer.MAX_VALUE, true, false);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return new Result(null, Long.MAX_VALUE, null, Integer.MAX_VALUE, false, false);
            }
            long lpBound = (long) Math.floor(objective.value() + EPS);
            double[][] value = values(x);
            int[] best = integral(value);
            if (best == null || !Evaluation.feasible(pb, best)) {
                best = rounding(value);
            }

            // The count bound: the same LP with every weight 1 (warm-started from the weight optimum).
            int countBound = Integer.MAX_VALUE;
            if (deadline.remainingSeconds() > 3 * lpSeconds) {
                for (int r = 0; r < pb.nR; r++) {
                    for (MPVariable v : x[r]) {
                        objective.setCoefficient(v, 1);
                    }
                }
                lp.setTimeLimit(Math.max(1L, (long) (deadline.remainingSeconds() * 1000)));
                if (lp.solve() == MPSolver.ResultStatus.OPTIMAL) {
                    countBound = (int) Math.floor(objective.value() + EPS);
                }
            }

            long weightBound = lpBound;
            BoundKind kind = BoundKind.TIME_INDEXED_LP;
            if ((best == null || Evaluation.weight(pb, best) < lpBound) && !deadline.passed()) {
                double left = Math.min((phaseEnd - System.nanoTime()) / 1e9, deadline.remainingSeconds());
                if (left > 0.05) {
                    Mip mip = solveMip(best, left);
                    if (mip.solution != null
                            && (best == null || Evaluation.weight(pb, mip.solution) > Evaluation.weight(pb, best))) {
                        best = mip.solution;
                    }
                    if (mip.bound < weightBound) {
                        weightBound = mip.bound;
                        kind = BoundKind.TIME_INDEXED_MIP;
                    }
                }
            }
            boolean fairnessOptimal = false;
            if (best != null && Evaluation.weight(pb, best) >= weightBound && deadline.remainingSeconds() > 4 * lpSeconds) {
                Fair fair = fairnessAtWeight(lp, x, Evaluation.weight(pb, best), deadline);
                if (fair.solution != null && Evaluation.weight(pb, fair.solution) >= weightBound
                        && Evaluation.fairness(pb, fair.solution) >= Evaluation.fairness(pb, best)) {
                    best = fair.solution;
                }
                fairnessOptimal = Evaluation.fairness(pb, best) >= fair.bound;
            }
            return new Result(best, weightBound, kind, countBound, false, fairnessOptimal);
        } finally {
            lp.delete();
        }
    }

    private record Fair(int[] solution, long bound) {
    }

    // Objective 2 at the optimal weight, on the same LP: keep the weight, and per supplier g1 + g2 <= meetings,
    // g1, g2 <= 1, maximise (n + 1) g1 + g2 — exact for whole numbers of meetings, so the LP optimum bounds the
    // fairness floor, and an integral LP optimum is a schedule with the best floor at that weight.
    private Fair fairnessAtWeight(MPSolver lp, MPVariable[][] x, long weight, Deadline deadline) {
        MPObjective objective = lp.objective();
        objective.clear();
        MPConstraint keep = lp.makeConstraint(weight, Double.POSITIVE_INFINITY, "keepWeight");
        for (int r = 0; r < pb.nR; r++) {
            for (MPVariable v : x[r]) {
                keep.setCoefficient(v, pb.weight[r]);
            }
        }
        boolean[] subject = Evaluation.fairnessSubjects(pb);
        long n = 0;
        for (boolean b : subject) {
            n += b ? 1 : 0;
        }
        for (int p = 0; p < pb.nP; p++) {
            if (!subject[p]) {
                continue;
            }
            MPVariable g1 = lp.makeNumVar(0, 1, "g1_" + p);
            MPVariable g2 = lp.makeNumVar(0, 1, "g2_" + p);
            MPConstraint c = lp.makeConstraint(Double.NEGATIVE_INFINITY, 0, "floor" + p);
            c.setCoefficient(g1, 1);
            c.setCoefficient(g2, 1);
            for (int r : pb.requestsOf[p]) {
                for (MPVariable v : x[r]) {
                    c.setCoefficient(v, -1);
                }
            }
            objective.setCoefficient(g1, n + 1);
            objective.setCoefficient(g2, 1);
        }
        objective.setMaximization();
        lp.setTimeLimit(Math.max(1L, (long) (deadline.remainingSeconds() * 1000)));
        if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
            return new Fair(null, Long.MAX_VALUE);
        }
        long bound = (long) Math.floor(objective.value() + EPS);
        double[][] value = values(x);
        int[] slotOf = integral(value);
        if (slotOf == null || !Evaluation.feasible(pb, slotOf)) {
            slotOf = rounding(value);
        }
        return new Fair(slotOf, bound);
    }

    private MPVariable[][] build(MPSolver solver, boolean integer) {
        MPConstraint[][] participantSlot = new MPConstraint[pb.nP][pb.nT];
        MPConstraint[] capOf = new MPConstraint[pb.nP];
        MPConstraint[] sharedIn = new MPConstraint[pb.nT];
        for (int p = 0; p < pb.nP; p++) {
            capOf[p] = solver.makeConstraint(0, pb.cap[p], "cap" + p);
        }
        for (int t = 0; t < pb.nT; t++) {
            sharedIn[t] = solver.makeConstraint(0, pb.sharedTables(), "shared" + t);
        }
        MPVariable[][] x = new MPVariable[pb.nR][];
        for (int r = 0; r < pb.nR; r++) {
            boolean held = pb.mandatory[r] || pb.lockSlot[r] >= 0;
            MPConstraint once = solver.makeConstraint(held ? 1 : 0, 1, "once" + r);
            x[r] = new MPVariable[slotsOf[r].length];
            for (int i = 0; i < x[r].length; i++) {
                int t = slotsOf[r][i];
                MPVariable v = integer ? solver.makeBoolVar("x" + r + "_" + t) : solver.makeNumVar(0, 1, "x" + r + "_" + t);
                x[r][i] = v;
                once.setCoefficient(v, 1);
                for (int p : new int[] {pb.ra[r], pb.rb[r]}) {
                    if (participantSlot[p][t] == null) {
                        participantSlot[p][t] = solver.makeConstraint(0, 1, "busy" + p + "_" + t);
                    }
                    participantSlot[p][t].setCoefficient(v, 1);
                    capOf[p].setCoefficient(v, 1);
                }
                if (pb.shared[r]) {
                    sharedIn[t].setCoefficient(v, 1);
                }
            }
        }
        return x;
    }

    private void setWeightObjective(MPObjective objective, MPVariable[][] x) {
        for (int r = 0; r < pb.nR; r++) {
            for (MPVariable v : x[r]) {
                objective.setCoefficient(v, pb.weight[r]);
            }
        }
        objective.setMaximization();
    }

    private static double[][] values(MPVariable[][] x) {
        double[][] v = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            v[r] = new double[x[r].length];
            for (int i = 0; i < x[r].length; i++) {
                v[r][i] = x[r][i].solutionValue();
            }
        }
        return v;
    }

    // The schedule when every value is 0 or 1, else null.
    private int[] integral(double[][] value) {
        int[] slotOf = new int[pb.nR];
        Arrays.fill(slotOf, -1);
        for (int r = 0; r < pb.nR; r++) {
            for (int i = 0; i < value[r].length; i++) {
                double v = value[r][i];
                if (v > 1 - EPS) {
                    slotOf[r] = slotsOf[r][i];
                } else if (v > EPS) {
                    return null;
                }
            }
        }
        return slotOf;
    }

    // Greedy rounding of a fractional LP optimum: locks, mandatory requests (their best LP slot first), then every
    // (request, slot) by decreasing LP value, weight breaking ties; then whatever still fits by weight.
    private int[] rounding(double[][] value) {
        int[] slotOf = GreedyScheduler.locksOnly(pb);
        Occupancy occ = new Occupancy(pb, slotOf);
        List<long[]> pairs = new ArrayList<>();
        for (int r = 0; r < pb.nR; r++) {
            for (int i = 0; i < value[r].length; i++) {
                pairs.add(new long[] {r, i});
            }
        }
        pairs.sort((u, w) -> {
            int ru = (int) u[0];
            int rw = (int) w[0];
            int c = Boolean.compare(!pb.mandatory[ru], !pb.mandatory[rw]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(value[rw][(int) w[1]], value[ru][(int) u[1]]);
            return c != 0 ? c : Long.compare(pb.weight[rw], pb.weight[ru]);
        });
        for (long[] pair : pairs) {
            int r = (int) pair[0];
            int t = slotsOf[r][(int) pair[1]];
            if (slotOf[r] < 0 && !occ.capReached(pb.ra[r]) && !occ.capReached(pb.rb[r]) && occ.fits(r, t)) {
                slotOf[r] = t;
                occ.add(r, t);
            }
        }
        GreedyScheduler.fill(pb, slotOf);
        return Evaluation.feasible(pb, slotOf) ? slotOf : null;
    }

    private record Mip(int[] solution, long bound) {
    }

    private Mip solveMip(int[] hint, double seconds) {
        MPSolver mip = MPSolver.createSolver("SCIP");
        if (mip == null) {
            return new Mip(null, Long.MAX_VALUE);
        }
        try {
            MPVariable[][] x = build(mip, true);
            setWeightObjective(mip.objective(), x);
            if (hint != null) {
                List<MPVariable> hv = new ArrayList<>();
                List<Double> hval = new ArrayList<>();
                for (int r = 0; r < pb.nR; r++) {
                    for (int i = 0; i < x[r].length; i++) {
                        hv.add(x[r][i]);
                        hval.add(hint[r] == slotsOf[r][i] ? 1.0 : 0.0);
                    }
                }
                mip.setHint(hv.toArray(MPVariable[]::new), hval.stream().mapToDouble(Double::doubleValue).toArray());
            }
            mip.setTimeLimit(Math.max(50L, (long) (seconds * 1000)));
            MPSolverParameters params = new MPSolverParameters();
            // Weights are integers: stop as soon as the bound is within less than 1 of the incumbent.
            double total = 1;
            for (long w : pb.weight) {
                total += w;
            }
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.5 / total);
            MPSolver.ResultStatus status = mip.solve(params);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Mip(null, Long.MAX_VALUE);
            }
            int[] slotOf = new int[pb.nR];
            Arrays.fill(slotOf, -1);
            for (int r = 0; r < pb.nR; r++) {
                for (int i = 0; i < x[r].length; i++) {
                    if (x[r][i].solutionValue() > 0.5) {
                        slotOf[r] = slotsOf[r][i];
                    }
                }
            }
            long bound = (long) Math.floor(mip.objective().bestBound() + EPS);
            return new Mip(Evaluation.feasible(pb, slotOf) ? slotOf : null, bound);
        } finally {
            mip.delete();
        }
    }
}
