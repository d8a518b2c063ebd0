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
 * polynomial time ({@link ExactCore}: min-cost flow, then König edge colouring); everything else goes to a
 * CP-SAT model warm-started from the flow relaxation. Every agenda carries a proven upper bound, so an
 * organizer knows how far a time-limited run may be from the best possible agenda.
 *
 * <p>This is the only entry point the API, the command line and the benchmarks use.
 */
public final class RuedaScheduler {
    /** Above this many meeting variables, CP-SAT is not worth its set-up time for polishing the exact core. */
    private static final long MAX_POLISH_VARIABLES = 60_000;
    /** Annealing budget on a large exact-core agenda: it keeps the bipartite case fast. */
    private static final double MAX_EXACT_POLISH_SECONDS = 1.0;

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
        RuedaValidator.requireValid(instance);
        Problem pb = Problem.of(instance);
        Reasons.obviousInfeasibility(pb).ifPresent(reason -> {
            throw new InfeasibleRuedaException(reason);
        });
        Deadline deadline = Deadline.in(options.timeLimit());
        UpperBounds.Bounds bounds = UpperBounds.of(pb);

        int[] side = options.strategy() == SchedulerOptions.Strategy.AUTO ? ExactCore.applicableSides(pb) : null;
        int[] slotOf;
        long weightBound;
        boolean gapsOptimal = false;
        String method;
        if (side != null) {
            method = "EXACT_FLOW";
            ExactCore.Result exact = ExactCore.solve(pb, side);
            if (!exact.mandatoryFit()) {
                throw new InfeasibleRuedaException(Reasons.provenInfeasible(pb));
            }
            slotOf = exact.slotOf();
            weightBound = Evaluation.weight(pb, slotOf);
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
            method = "CP_SAT";
            int[] hint = GreedyScheduler.warmStart(pb, relaxationChoice(pb));
            CpSatScheduler.Outcome outcome = CpSatScheduler.solve(pb, hint, deadline, options.workers(),
                    options.seed(), options.polishGaps(), false);
            if (outcome.provenInfeasible()) {
                throw new InfeasibleRuedaException(Reasons.provenInfeasible(pb));
            }
            if (outcome.slotOf() == null) {
                throw new InfeasibleRuedaException("No se encontró en " + options.timeLimit().toSeconds()
                        + " s una agenda que incluya todas las reuniones obligatorias; pruebe con más tiempo");
            }
            slotOf = outcome.slotOf();
            weightBound = outcome.weightBound();
            gapsOptimal = outcome.gapsOptimal() || Evaluation.idleGaps(pb, slotOf) == 0;
        }
        if (GreedyScheduler.fill(pb, slotOf) > 0) {
            gapsOptimal = Evaluation.idleGaps(pb, slotOf) == 0;
        }
        long weight = Evaluation.weight(pb, slotOf);
        weightBound = Math.max(weight, Math.min(weightBound, bounds.weight()));
        return agenda(pb, slotOf, bounds, weightBound, gapsOptimal, method, started);
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

    private static Agenda agenda(Problem pb, int[] slotOf, UpperBounds.Bounds bounds, long weightBound,
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
        int countBound = Math.max(scheduled, Math.min(bounds.count(), pb.nR));
        double gap = weightBound == 0 ? 0 : Math.round((weightBound - weight) * 10000.0 / weightBound) / 10000.0;
        AgendaStats stats = new AgendaStats(pb.nR, scheduled, weight, countBound, "MAX_FLOW", weightBound, gap,
                Evaluation.idleGaps(pb, slotOf), Evaluation.minMeetingsPerSupplier(pb, slotOf),
                Evaluation.suppliersWithMeetings(pb, slotOf), (System.nanoTime() - started) / 1_000_000,
                weight >= weightBound, gapsOptimal, method);
        return new Agenda(meetings, unscheduled, stats);
    }
}
