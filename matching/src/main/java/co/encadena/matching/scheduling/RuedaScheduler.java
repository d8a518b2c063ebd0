package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.AgendaStats;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.UnscheduledRequest;
import co.encadena.matching.scheduling.solver.BMatching;
import co.encadena.matching.scheduling.solver.Bipartition;
import co.encadena.matching.scheduling.solver.CpSatScheduler;
import co.encadena.matching.scheduling.solver.Deadline;
import co.encadena.matching.scheduling.solver.Evaluation;
import co.encadena.matching.scheduling.solver.ExactCore;
import co.encadena.matching.scheduling.solver.GapSearch;
import co.encadena.matching.scheduling.solver.GreedyScheduler;
import co.encadena.matching.scheduling.solver.Problem;
import co.encadena.matching.scheduling.solver.Reasons;
import co.encadena.matching.scheduling.solver.TableAssigner;
import co.encadena.matching.scheduling.solver.TimeIndexedMip;
import co.encadena.matching.scheduling.solver.Trace;
import co.encadena.matching.scheduling.solver.UpperBounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Schedules a rueda: chooses which requested meetings happen and gives each a slot and a table.
 *
 * <p>Objectives, in lexicographic order: (1) most total weight, with every mandatory request held; (2) the
 * fairness floor — as many suppliers as possible with one meeting, then with two; (3) fewest idle gaps. The
 * anchor–supplier case without availability limits, sessions on requests or locks is solved exactly in
 * polynomial time ({@link ExactCore}: min-cost flow, then König edge colouring); everything else gets the weight
 * from the time-indexed LP/MIP ({@link TimeIndexedMip}), then CP-SAT and annealing for the fairness floor and the
 * gaps at that weight. Every agenda carries a proven upper bound, so an organizer knows how far a time-limited
 * run may be from the best possible agenda. The time limit covers the whole call.
 *
 * <p>This is the only entry point the API, the command line and the benchmarks use.
 */
public final class RuedaScheduler {
    /** Above this many meeting variables, CP-SAT is not worth its set-up time for polishing the exact core. */
    private static final long MAX_POLISH_VARIABLES = 60_000;
    /** Annealing budget on a large exact-core agenda: it keeps the bipartite case fast. */
    private static final double MAX_EXACT_POLISH_SECONDS = 1.0;
    /** Above this many meeting variables CP-SAT does not help with the gaps (it mostly presolves): annealing only. */
    private static final long MAX_CP_SAT_GAP_VARIABLES = 12_000;
    /** Share of the time limit the weight phase (LP, then the MIP when the LP is fractional) may use. */
    private static final double WEIGHT_PHASE_SHARE = 0.5;

    private RuedaScheduler() {
    }

    /**
     * Builds the agenda of a rueda.
     *
     * @throws InvalidRuedaException    when the instance is inconsistent (every problem listed, in Spanish)
     * @throws InfeasibleRuedaException when the mandatory requests cannot all be held (the reason in Spanish)
     */
    public static Agenda schedule(RuedaInstance instance, SchedulerOptions options) {
        long started = System.nanoTime();
        Deadline deadline = Deadline.of(started, options.timeLimit(), margin(options));
        RuedaValidator.requireValid(instance);
        Problem pb = Problem.of(instance);
        Reasons.obviousInfeasibility(pb).ifPresent(reason -> {
            throw new InfeasibleRuedaException(reason);
        });
        UpperBounds.Bounds bounds = UpperBounds.of(pb);
        Trace.note(deadline, "validated, flow bounds");
        Bound weightBound = new Bound(bounds.weight(), "MAX_FLOW");
        Bound countBound = new Bound(bounds.count(), "MAX_FLOW");

        int[] side = options.strategy() == SchedulerOptions.Strategy.AUTO ? ExactCore.applicableSides(pb) : null;
        int[] slotOf;
        boolean gapsOptimal = false;
        String method;
        if (side != null) {
            method = "EXACT_FLOW";
            ExactCore.Result exact = ExactCore.solve(pb, side);
            if (!exact.mandatoryFit()) {
                throw new InfeasibleRuedaException(Reasons.provenInfeasible(pb));
            }
            slotOf = exact.slotOf();
            weightBound = weightBound.tighter(Evaluation.weight(pb, slotOf), "MAX_FLOW");
            if (options.polishGaps() && Evaluation.idleGaps(pb, slotOf) > 0) {
                if (variables(pb) <= MAX_POLISH_VARIABLES) {
                    CpSatScheduler.Outcome polished = CpSatScheduler.solve(pb, slotOf, deadline, options.workers(),
                            options.seed(), true, true);
                    if (polished.slotOf() != null
                            && Evaluation.idleGaps(pb, polished.slotOf()) <= Evaluation.idleGaps(pb, slotOf)) {
                        slotOf = polished.slotOf();
                        gapsOptimal = polished.gapsOptimal();
                    }
                } else {
                    slotOf = GapSearch.improve(pb, slotOf,
                            Math.min(MAX_EXACT_POLISH_SECONDS, deadline.remainingSeconds() / 2), options.seed());
                }
            }
            gapsOptimal |= Evaluation.idleGaps(pb, slotOf) == 0;
        } else {
            // Objective 1 on its own first, with the time-indexed LP/MIP; CP-SAT then keeps that weight for the
            // fairness floor and the gaps. Without optional requests the weight is fixed and CP-SAT does it all.
            TimeIndexedMip.Result lp = hasOptionalRequests(pb)
                    ? TimeIndexedMip.maxWeight(pb, deadline, deadline.remainingSeconds() * WEIGHT_PHASE_SHARE) : null;
            if (lp != null) {
                Trace.note(deadline, "weight phase (time-indexed LP/MIP)");
            }
            if (lp != null && lp.weightBound() < Long.MAX_VALUE) {
                weightBound = weightBound.tighter(lp.weightBound(), lp.boundKind().name());
            }
            if (lp != null && lp.countBound() < Integer.MAX_VALUE) {
                countBound = countBound.tighter(lp.countBound(), "TIME_INDEXED_LP");
            }
            CpSatScheduler.Outcome outcome;
            boolean largeModel = variables(pb) > MAX_CP_SAT_GAP_VARIABLES;
            if (lp != null && lp.slotOf() != null
                    && (deadline.remainingSeconds() < cpSatSetupSeconds(pb) || largeModel && lp.fairnessOptimal())) {
                // Too little time left to build a CP-SAT model, or nothing left for it to do that annealing does
                // not do better at this size: polish the gaps of the LP's schedule directly.
                method = "MIP";
                int[] polished = options.polishGaps()
                        ? GapSearch.improve(pb, lp.slotOf(), deadline.remainingSeconds(), options.seed()) : lp.slotOf();
                outcome = new CpSatScheduler.Outcome(polished, weightBound.value(), false,
                        Evaluation.idleGaps(pb, polished) == 0, false);
                Trace.note(deadline, "gaps, annealing " + Evaluation.idleGaps(pb, polished));
            } else if (lp != null && lp.slotOf() != null) {
                method = "MIP";
                outcome = lp.fairnessOptimal()
                        ? CpSatScheduler.solve(pb, lp.slotOf(), deadline, options.workers(), options.seed(),
                                options.polishGaps(), true)
                        : CpSatScheduler.solveAtWeight(pb, lp.slotOf(), weightBound.value(), deadline,
                                options.workers(), options.seed(), options.polishGaps());
            } else {
                method = "CP_SAT";
                int[] hint = GreedyScheduler.warmStart(pb, relaxationChoice(pb));
                outcome = CpSatScheduler.solve(pb, hint, deadline, options.workers(), options.seed(),
                        options.polishGaps(), false);
                if (outcome.provenInfeasible()) {
                    throw new InfeasibleRuedaException(Reasons.provenInfeasible(pb));
                }
                if (outcome.slotOf() == null) {
                    throw new InfeasibleRuedaException("No se encontró en " + options.timeLimit().toSeconds()
                            + " s una agenda que incluya todas las reuniones obligatorias; pruebe con más tiempo");
                }
            }
            slotOf = outcome.slotOf();
            weightBound = weightBound.tighter(outcome.weightBound(), "CP_SAT");
            gapsOptimal = outcome.gapsOptimal() || Evaluation.idleGaps(pb, slotOf) == 0;
        }
        Trace.note(deadline, "search done");
        if (GreedyScheduler.fill(pb, slotOf) > 0) {
            gapsOptimal = Evaluation.idleGaps(pb, slotOf) == 0;
        }
        long weight = Evaluation.weight(pb, slotOf);
        assert weightBound.value() >= weight : "weight " + weight + " above its proven bound " + weightBound;
        if (weightBound.value() < weight) {
            weightBound = new Bound(weight, weightBound.kind());
        }
        return agenda(pb, slotOf, countBound, weightBound, gapsOptimal, method, started);
    }

    /** A proven bound and where it comes from. */
    private record Bound(long value, String kind) {
        Bound tighter(long other, String otherKind) {
            return other < value ? new Bound(other, otherKind) : this;
        }
    }

    // Time kept after the search for filling, tables, reasons and the agenda itself.
    private static double margin(SchedulerOptions options) {
        return Math.min(2.0, 0.05 + 0.01 * options.timeLimit().toMillis() / 1000.0);
    }

    // What building and handing over a CP-SAT model of this size costs, roughly, on a shared 2-core machine.
    private static double cpSatSetupSeconds(Problem pb) {
        return 0.2 + 3e-5 * variables(pb);
    }

    private static boolean hasOptionalRequests(Problem pb) {
        for (int r = 0; r < pb.nR; r++) {
            if (!pb.mandatory[r] && pb.lockSlot[r] < 0 && pb.allowedCount(r) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Schedules with {@link SchedulerOptions#defaults()}. */
    public static Agenda schedule(RuedaInstance instance) {
        return schedule(instance, SchedulerOptions.defaults());
    }

    // The flow relaxation's best set, used to steer the warm start (bipartite instances only).
    private static boolean[] relaxationChoice(Problem pb) {
        int[] side = Bipartition.of(pb);
        if (side == null) {
            return null;
        }
        boolean[] usable = new boolean[pb.nR];
        long[] gain = new long[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            usable[r] = pb.allowedCount(r) > 0;
            gain[r] = pb.weight[r] * 2 + 1 + (pb.mandatory[r] ? 1_000_000L : 0);
        }
        return new BMatching(pb, side, usable, gain).sharedBudget((long) pb.sharedTables() * pb.nT).solve().chosen();
    }

    private static long variables(Problem pb) {
        long n = 0;
        for (int r = 0; r < pb.nR; r++) {
            n += pb.allowedCount(r);
        }
        return n;
    }

    private static Agenda agenda(Problem pb, int[] slotOf, Bound countBound, Bound weightBound,
                                 boolean gapsOptimal, String method, long started) {
        int[] tableOf = TableAssigner.assign(pb, slotOf);
        List<Integer> order = new ArrayList<>();
        List<UnscheduledRequest> unscheduled = new ArrayList<>();
        String[] reasons = Reasons.unscheduled(pb, slotOf);
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0) {
                order.add(r);
            } else {
                unscheduled.add(new UnscheduledRequest(pb.participantId[pb.ra[r]], pb.participantId[pb.rb[r]],
                        reasons[r]));
            }
        }
        order.sort(Comparator.<Integer>comparingInt(r -> slotOf[r]).thenComparingInt(r -> tableOf[r]));
        List<Meeting> meetings = new ArrayList<>();
        for (int r : order) {
            meetings.add(new Meeting(pb.participantId[pb.ra[r]], pb.participantId[pb.rb[r]], pb.slotId[slotOf[r]],
                    pb.tableId[tableOf[r]]));
        }
        int scheduled = meetings.size();
        long weight = Evaluation.weight(pb, slotOf);
        int count = (int) Math.max(scheduled, Math.min(countBound.value(), pb.nR));
        long wb = weightBound.value();
        double gap = wb == 0 ? 0 : Math.round((wb - weight) * 10000.0 / wb) / 10000.0;
        AgendaStats stats = new AgendaStats(pb.nR, scheduled, weight, count, countBound.kind(), wb, gap,
                Evaluation.idleGaps(pb, slotOf), Evaluation.minMeetingsPerSupplier(pb, slotOf),
                Evaluation.suppliersWithMeetings(pb, slotOf), (System.nanoTime() - started) / 1_000_000,
                weight >= wb, gapsOptimal, method, weightBound.kind());
        return new Agenda(meetings, unscheduled, stats);
    }
}
