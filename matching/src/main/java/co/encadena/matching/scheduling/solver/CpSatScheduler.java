package co.encadena.matching.scheduling.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.util.ArrayList;
import java.util.List;

/**
 * The general scheduler: a time-indexed CP-SAT model (one boolean per request and allowed slot) solved
 * lexicographically in three phases — (1) maximise total weight, (2) keep that weight and maximise the
 * fairness floor, (3) keep both and minimise idle gaps. Each phase starts from the best schedule so far as a
 * solution hint, the first one from the greedy placement of the flow relaxation's choice. CP-SAT's own
 * large-neighbourhood workers do most of the gap polishing; the proven bound of phase 1 is returned so the
 * caller can report how far from optimal an interrupted run is.
 */
public final class CpSatScheduler {

    /** What CP-SAT achieved. {@code slotOf} is null when no schedule holding the mandatory meetings was found. */
    public record Outcome(int[] slotOf, long weightBound, boolean weightOptimal, boolean gapsOptimal,
                          boolean provenInfeasible) {
    }

    /** Time for CP-SAT to settle the gaps of a small instance before annealing takes over. */
    private static final double QUICK_GAP_ATTEMPT_SECONDS = 1.0;
    /** Above this many meeting variables the gap phase is left to annealing (see phase 3). */
    private static final long MAX_GAP_MODEL_VARIABLES = 12_000;

    private final Problem pb;
    private final Deadline deadline;
    private final int workers;
    private final long seed;
    private final CpModel model = new CpModel();
    private final int[][] slotsOf;
    private final BoolVar[][] x;
    private final List<BoolVar> auxFairness = new ArrayList<>();
    private final List<int[]> auxFairnessMin = new ArrayList<>();
    private BoolVar[][] start;
    private BoolVar[] has;
    /** Seconds a solve call spends outside CP-SAT's own clock (model hand-over, answer read-back). */
    private double overheadSeconds = -1;

    private CpSatScheduler(Problem pb, Deadline deadline, int workers, long seed) {
        NativeLibraries.load();
        this.pb = pb;
        this.deadline = deadline;
        this.workers = workers;
        this.seed = seed;
        this.slotsOf = new int[pb.nR][];
        this.x = new BoolVar[pb.nR][];
        createMeetingVariables();
        eachRequestAtMostOnce();
        mandatoryRequestsAreHeld();
        lockedMeetingsStayPut();
        noParticipantDoubleBooked();
        participantsWithinTheirCaps();
        sharedTablesSufficeInEverySlot();
    }

    /**
     * Runs the phases.
     *
     * @param hint        a valid schedule to start from (may miss mandatory meetings), never null
     * @param keepObjectives when true, phases 1 and 2 are skipped and the hint's weight and fairness are kept
     *                    (used to polish the gaps of the exact core's agenda)
     */
    public static Outcome solve(Problem pb, int[] hint, Deadline deadline, int workers, long seed,
                                boolean polishGaps, boolean keepObjectives) {
        return new CpSatScheduler(pb, deadline, workers, seed)
                .run(hint, polishGaps, keepObjectives ? Start.KEEP_ALL : Start.FULL, 0);
    }

    /**
     * Phases 2 and 3 only, once objective 1 is settled elsewhere (the time-indexed LP/MIP): keeps the total weight
     * at least {@code weight} (the hint's), maximises the fairness floor, then minimises idle gaps.
     *
     * @param hint        a valid schedule holding every mandatory and locked meeting, never null
     * @param weightBound the proven weight bound to report back
     */
    public static Outcome solveAtWeight(Problem pb, int[] hint, long weightBound, Deadline deadline, int workers,
                                        long seed, boolean polishGaps) {
        return new CpSatScheduler(pb, deadline, workers, seed).run(hint, polishGaps, Start.KEEP_WEIGHT, weightBound);
    }

    /** Which objectives are already settled by the hint. */
    private enum Start {
        /** none: all three phases */
        FULL,
        /** the weight: fairness and gaps */
        KEEP_WEIGHT,
        /** weight and fairness: gaps only */
        KEEP_ALL
    }

    // One boolean per request and slot where it may happen.
    private void createMeetingVariables() {
        for (int r = 0; r < pb.nR; r++) {
            int n = pb.allowedCount(r);
            slotsOf[r] = new int[n];
            x[r] = new BoolVar[n];
            int i = 0;
            for (int t = 0; t < pb.nT; t++) {
                if (pb.allowed[r][t]) {
                    slotsOf[r][i] = t;
                    x[r][i++] = model.newBoolVar("x" + r + "_" + t);
                }
            }
        }
    }

    // A request is held at most once.
    private void eachRequestAtMostOnce() {
        for (int r = 0; r < pb.nR; r++) {
            if (x[r].length > 1) {
                model.addAtMostOne(x[r]);
            }
        }
    }

    // A mandatory request is held.
    private void mandatoryRequestsAreHeld() {
        for (int r = 0; r < pb.nR; r++) {
            if (pb.mandatory[r]) {
                model.addExactlyOne(x[r]);
            }
        }
    }

    // A locked meeting is held in its slot (the only slot allowed for it, see Problem.allowed).
    private void lockedMeetingsStayPut() {
        for (int r = 0; r < pb.nR; r++) {
            if (pb.lockSlot[r] >= 0) {
                model.addExactlyOne(x[r]);
            }
        }
    }

    // Nobody is in two meetings in the same slot.
    private void noParticipantDoubleBooked() {
        for (int p = 0; p < pb.nP; p++) {
            for (int t = 0; t < pb.nT; t++) {
                List<Literal> atT = literalsAt(p, t);
                if (atT.size() > 1) {
                    model.addAtMostOne(atT);
                }
            }
        }
    }

    // Nobody has more meetings than its cap, nor than the slots it can use (stated even when implied by the
    // one-meeting-per-slot rule: it gives the LP relaxation the flow bound's strength).
    private void participantsWithinTheirCaps() {
        for (int p = 0; p < pb.nP; p++) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            boolean[] usable = new boolean[pb.nT];
            int requests = 0;
            for (int r : pb.requestsOf[p]) {
                requests += x[r].length > 0 ? 1 : 0;
                for (int i = 0; i < x[r].length; i++) {
                    sum.add(x[r][i]);
                    usable[slotsOf[r][i]] = true;
                }
            }
            int slots = 0;
            for (boolean u : usable) {
                slots += u ? 1 : 0;
            }
            int limit = Math.min(pb.cap[p], slots);
            if (requests > limit) {
                model.addLessOrEqual(sum, limit);
            }
        }
    }

    // In every slot, meetings without an owner's table use at most the shared tables.
    private void sharedTablesSufficeInEverySlot() {
        int tables = pb.sharedTables();
        for (int t = 0; t < pb.nT; t++) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            int terms = 0;
            for (int r = 0; r < pb.nR; r++) {
                if (pb.shared[r]) {
                    for (int i = 0; i < x[r].length; i++) {
                        if (slotsOf[r][i] == t) {
                            sum.add(x[r][i]);
                            terms++;
                        }
                    }
                }
            }
            if (terms > tables) {
                model.addLessOrEqual(sum, tables);
            }
        }
    }

    private List<Literal> literalsAt(int p, int t) {
        List<Literal> lits = new ArrayList<>();
        for (int r : pb.requestsOf[p]) {
            for (int i = 0; i < x[r].length; i++) {
                if (slotsOf[r][i] == t) {
                    lits.add(x[r][i]);
                }
            }
        }
        return lits;
    }

    private LinearExpr weightExpr() {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int r = 0; r < pb.nR; r++) {
            for (BoolVar v : x[r]) {
                sum.addTerm(v, pb.weight[r]);
            }
        }
        return sum.build();
    }

    private LinearExprBuilder meetingsOf(int p) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int r : pb.requestsOf[p]) {
            for (BoolVar v : x[r]) {
                sum.add(v);
            }
        }
        return sum;
    }

    // Fairness floor: suppliers with at least one meeting count n+1 each, those with two count 1 more.
    private LinearExpr fairnessExpr() {
        boolean[] subject = Evaluation.fairnessSubjects(pb);
        long n = 0;
        for (boolean s : subject) {
            n += s ? 1 : 0;
        }
        LinearExprBuilder obj = LinearExpr.newBuilder();
        for (int p = 0; p < pb.nP; p++) {
            if (!subject[p]) {
                continue;
            }
            BoolVar ge1 = model.newBoolVar("ge1_" + p);
            BoolVar ge2 = model.newBoolVar("ge2_" + p);
            model.addLessOrEqual(ge1, meetingsOf(p));
            model.addLessOrEqual(LinearExpr.term(ge2, 2), meetingsOf(p));
            obj.addTerm(ge1, n + 1).addTerm(ge2, 1);
            auxFairness.add(ge1);
            auxFairnessMin.add(new int[] {p, 1});
            auxFairness.add(ge2);
            auxFairnessMin.add(new int[] {p, 2});
        }
        return obj.build();
    }

    private LinearExprBuilder busy(int p, int t) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (Literal l : literalsAt(p, t)) {
            sum.add((BoolVar) l);
        }
        return sum;
    }

    // Idle gaps: each run of meetings of a participant starts once; gaps = starts - participants with meetings.
    private LinearExpr gapsExpr() {
        start = new BoolVar[pb.nP][];
        has = new BoolVar[pb.nP];
        LinearExprBuilder obj = LinearExpr.newBuilder();
        for (int p = 0; p < pb.nP; p++) {
            boolean[] can = new boolean[pb.nT];
            int canCount = 0;
            for (int r : pb.requestsOf[p]) {
                for (int t : slotsOf[r]) {
                    if (!can[t]) {
                        can[t] = true;
                        canCount++;
                    }
                }
            }
            if (pb.requestsOf[p].length < 2 || canCount < 3 || pb.cap[p] < 2) {
                continue;
            }
            start[p] = new BoolVar[pb.nT];
            has[p] = model.newBoolVar("has" + p);
            LinearExprBuilder starts = LinearExpr.newBuilder();
            for (int t = 0; t < pb.nT; t++) {
                if (!can[t]) {
                    continue;
                }
                start[p][t] = model.newBoolVar("start" + p + "_" + t);
                LinearExprBuilder c = LinearExpr.newBuilder().add(start[p][t]);
                for (Literal l : literalsAt(p, t)) {
                    c.addTerm((BoolVar) l, -1);
                }
                if (t > 0 && can[t - 1]) {
                    for (Literal l : literalsAt(p, t - 1)) {
                        c.add((BoolVar) l);
                    }
                }
                model.addGreaterOrEqual(c, 0);
                starts.add(start[p][t]);
                obj.add(start[p][t]);
            }
            model.addLessOrEqual(has[p], meetingsOf(p));
            model.addGreaterOrEqual(starts, has[p]);
            obj.addTerm(has[p], -1);
        }
        return obj.build();
    }

    private Outcome run(int[] hint, boolean polishGaps, Start mode, long knownWeightBound) {
        boolean keepObjectives = mode == Start.KEEP_ALL;
        int[] best = Evaluation.feasible(pb, hint) ? hint.clone() : null;
        long weightBound = Long.MAX_VALUE;
        boolean weightOptimal = false;
        boolean gapsOptimal = false;
        boolean anyOptional = false;
        for (int r = 0; r < pb.nR; r++) {
            anyOptional |= !pb.mandatory[r] && pb.lockSlot[r] < 0 && x[r].length > 0;
        }
        LinearExpr weight = weightExpr();

        if (keepObjectives) {
            model.addGreaterOrEqual(weight, Evaluation.weight(pb, hint));
            model.addGreaterOrEqual(fairnessExpr(), Evaluation.fairness(pb, hint));
            weightBound = Evaluation.weight(pb, hint);
        } else if (mode == Start.KEEP_WEIGHT && best != null) {
            long w = Evaluation.weight(pb, best);
            weightBound = Math.max(w, knownWeightBound);
            weightOptimal = w >= weightBound;
            model.addGreaterOrEqual(weight, w);
            best = fairnessPhase(best);
            Trace.note(deadline, "fairness at weight (CP-SAT)");
        } else if (anyOptional) {
            // Phase 1: most total weight.
            model.maximize(weight);
            Solved s = solvePhase(best, deadline.remainingSeconds() * 0.5);
            if (s.status == CpSolverStatus.INFEASIBLE) {
                return new Outcome(null, 0, false, false, true);
            }
            if (s.solution != null) {
                best = s.solution;
            }
            weightBound = s.bound;
            if (best == null) {
                return new Outcome(null, weightBound, false, false, false);
            }
            long w = Evaluation.weight(pb, best);
            weightOptimal = s.status == CpSolverStatus.OPTIMAL || w >= weightBound;
            model.addGreaterOrEqual(weight, w);
            best = fairnessPhase(best);
        } else {
            weightOptimal = true;
            if (best == null) {
                // Only mandatory requests and the greedy start missed some: find any schedule first.
                Solved f = solvePhase(null, deadline.remainingSeconds() * (polishGaps ? 0.4 : 1.0));
                if (f.status == CpSolverStatus.INFEASIBLE) {
                    return new Outcome(null, 0, false, false, true);
                }
                best = f.solution;
            }
        }

        if (polishGaps && best != null && !deadline.passed() && Evaluation.idleGaps(pb, best) > 0) {
            // Phase 3: fewest idle gaps at that weight and fairness. A short exact attempt settles small
            // instances; otherwise annealing does the bulk and CP-SAT continues from its result. On large models
            // CP-SAT spends its whole share presolving, so annealing gets all the time.
            if (meetingVariables() > MAX_GAP_MODEL_VARIABLES) {
                best = GapSearch.improve(pb, best, deadline.remainingSeconds(), seed);
                Trace.note(deadline, "gaps, annealing only " + Evaluation.idleGaps(pb, best));
                return new Outcome(best, weightBound(best, anyOptional, keepObjectives, weightBound), weightOptimal,
                        Evaluation.idleGaps(pb, best) == 0, false);
            }
            model.minimize(gapsExpr());
            Solved quick = solvePhase(best, Math.min(QUICK_GAP_ATTEMPT_SECONDS, deadline.remainingSeconds() * 0.15));
            Trace.note(deadline, "gaps, quick CP-SAT attempt " + Evaluation.idleGaps(pb, fewerGaps(quick.solution, best)));
            best = fewerGaps(quick.solution, best);
            if (quick.status == CpSolverStatus.OPTIMAL) {
                gapsOptimal = true;
            } else if (!deadline.passed()) {
                best = GapSearch.improve(pb, best, deadline.remainingSeconds() * 0.7, seed);
                Trace.note(deadline, "gaps, annealing " + Evaluation.idleGaps(pb, best));
                if (Evaluation.idleGaps(pb, best) > 0 && !deadline.passed()) {
                    Solved g = solvePhase(best, deadline.remainingSeconds());
                    best = fewerGaps(g.solution, best);
                    Trace.note(deadline, "gaps, CP-SAT " + Evaluation.idleGaps(pb, best));
                    gapsOptimal = g.status == CpSolverStatus.OPTIMAL;
                }
            }
            gapsOptimal |= Evaluation.idleGaps(pb, best) == 0;
        }
        return new Outcome(best, weightBound(best, anyOptional, keepObjectives, weightBound), weightOptimal,
                gapsOptimal, false);
    }

    // Without optional requests the weight is that of the mandatory and locked ones: any schedule proves it.
    private long weightBound(int[] best, boolean anyOptional, boolean keepObjectives, long bound) {
        return best != null && !anyOptional && !keepObjectives ? Evaluation.weight(pb, best) : bound;
    }

    private long meetingVariables() {
        long n = 0;
        for (BoolVar[] v : x) {
            n += v.length;
        }
        return n;
    }

    // Phase 2: fairness floor at the weight already imposed; the constraint keeping it is added for phase 3.
    private int[] fairnessPhase(int[] best) {
        long maxFairness = maxFairness();
        LinearExpr fairness = fairnessExpr();
        if (Evaluation.fairness(pb, best) < maxFairness && !deadline.passed()) {
            model.maximize(fairness);
            Solved f = solvePhase(best, deadline.remainingSeconds() * 0.4);
            if (f.solution != null && Evaluation.fairness(pb, f.solution) >= Evaluation.fairness(pb, best)) {
                best = f.solution;
            }
        }
        model.addGreaterOrEqual(fairness, Evaluation.fairness(pb, best));
        return best;
    }

    private int[] fewerGaps(int[] candidate, int[] current) {
        return candidate != null && Evaluation.idleGaps(pb, candidate) <= Evaluation.idleGaps(pb, current)
                ? candidate : current;
    }

    private long maxFairness() {
        boolean[] subject = Evaluation.fairnessSubjects(pb);
        long n = 0;
        long total = 0;
        for (boolean s : subject) {
            n += s ? 1 : 0;
        }
        for (int p = 0; p < pb.nP; p++) {
            if (subject[p]) {
                int usable = 0;
                for (int r : pb.requestsOf[p]) {
                    usable += x[r].length > 0 ? 1 : 0;
                }
                int reach = Math.min(2, Math.min(usable, pb.cap[p]));
                total += reach >= 1 ? n + 1 : 0;
                total += reach >= 2 ? 1 : 0;
            }
        }
        return total;
    }

    private record Solved(CpSolverStatus status, int[] solution, long bound) {
    }

    private Solved solvePhase(int[] hint, double seconds) {
        if (hint != null && deadline.remainingSeconds() - Math.max(0, overheadSeconds) < 0.05) {
            return new Solved(CpSolverStatus.UNKNOWN, null, Long.MAX_VALUE);
        }
        model.clearHints();
        if (hint != null) {
            addHints(hint);
        }
        CpSolver solver = new CpSolver();
        // CP-SAT's time limit covers its own search, not handing the model over nor reading the answer back:
        // leave room for what that took in the previous phases (or a first guess from the model size).
        if (overheadSeconds < 0) {
            overheadSeconds = 0.05 + model.model().getSerializedSize() * 5e-8;
        }
        double limit = Math.max(0.05, Math.min(seconds, deadline.remainingSeconds() - overheadSeconds));
        solver.getParameters().setMaxTimeInSeconds(limit).setNumWorkers(workers)
                .setRandomSeed((int) (seed & 0x7fffffff)).setLogSearchProgress(Boolean.getBoolean("encadena.cpsat.log"));
        long called = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double outside = (System.nanoTime() - called) / 1e9 - solver.wallTime();
        overheadSeconds = Math.max(0.02, outside);
        Trace.note(deadline, String.format(java.util.Locale.ROOT, "CP-SAT %s in %.2f s (+%.2f s outside)", status,
                solver.wallTime(), outside));
        int[] solution = null;
        long bound = Long.MAX_VALUE;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            solution = new int[pb.nR];
            for (int r = 0; r < pb.nR; r++) {
                solution[r] = -1;
                for (int i = 0; i < x[r].length; i++) {
                    if (solver.booleanValue(x[r][i])) {
                        solution[r] = slotsOf[r][i];
                    }
                }
            }
            bound = (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
        } else if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT model invalid: " + model.validate());
        }
        return new Solved(status, solution, bound);
    }

    private void addHints(int[] slotOf) {
        for (int r = 0; r < pb.nR; r++) {
            for (int i = 0; i < x[r].length; i++) {
                model.addHint(x[r][i], slotOf[r] == slotsOf[r][i]);
            }
        }
        int[] m = Evaluation.meetingsPerParticipant(pb, slotOf);
        for (int i = 0; i < auxFairness.size(); i++) {
            int[] pm = auxFairnessMin.get(i);
            model.addHint(auxFairness.get(i), m[pm[0]] >= pm[1]);
        }
        if (start != null) {
            boolean[][] busy = new boolean[pb.nP][pb.nT];
            for (int r = 0; r < pb.nR; r++) {
                if (slotOf[r] >= 0) {
                    busy[pb.ra[r]][slotOf[r]] = true;
                    busy[pb.rb[r]][slotOf[r]] = true;
                }
            }
            for (int p = 0; p < pb.nP; p++) {
                if (start[p] == null) {
                    continue;
                }
                model.addHint(has[p], m[p] > 0);
                for (int t = 0; t < pb.nT; t++) {
                    if (start[p][t] != null) {
                        model.addHint(start[p][t], busy[p][t] && (t == 0 || !busy[p][t - 1]));
                    }
                }
            }
        }
    }
}
