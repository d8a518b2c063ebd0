package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.solver.Evaluation;
import co.encadena.matching.scheduling.solver.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small random ruedas solved by enumerating every assignment (each request unscheduled or in one slot): the
 * scheduler must reach the same weight and fairness floor, and the same idle gaps whenever it claims they are
 * optimal — on the exact core and on the CP-SAT path.
 */
class BruteForceTest {

    /** Lexicographic optimum: weight, fairness, then fewest gaps; null when nothing feasible holds the mandatory ones. */
    private static long[] bruteForce(Problem pb) {
        int[] slotOf = new int[pb.nR];
        long[] best = null;
        int combos = (int) Math.pow(pb.nT + 1, pb.nR);
        for (int code = 0; code < combos; code++) {
            int c = code;
            for (int r = 0; r < pb.nR; r++) {
                slotOf[r] = c % (pb.nT + 1) - 1;
                c /= pb.nT + 1;
            }
            if (!Evaluation.feasible(pb, slotOf)) {
                continue;
            }
            long[] value = {Evaluation.weight(pb, slotOf), Evaluation.fairness(pb, slotOf), -Evaluation.idleGaps(pb, slotOf)};
            if (best == null || compare(value, best) > 0) {
                best = value;
            }
        }
        return best;
    }

    private static int compare(long[] x, long[] y) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    /** Returns 1 when the instance was compared, 0 when it was invalid (locks drawn at random may collide). */
    private static int check(RuedaInstance in, SchedulerOptions options) {
        if (!RuedaValidator.problems(in).isEmpty()) {
            return 0;
        }
        Problem pb = Problem.of(in);
        long[] best = bruteForce(pb);
        if (best == null) {
            assertThrows(InfeasibleRuedaException.class, () -> RuedaScheduler.schedule(in, options));
            return 1;
        }
        Agenda agenda = RuedaScheduler.schedule(in, options);
        assertEquals(List.of(), AgendaVerifier.violations(in, agenda));
        int[] slotOf = slotsOf(pb, agenda);
        assertEquals(best[0], agenda.stats().scheduledWeight(), "weight");
        assertTrue(agenda.stats().optimal());
        assertEquals(best[1], Evaluation.fairness(pb, slotOf), "fairness floor");
        if (agenda.stats().idleGapsOptimal()) {
            assertEquals(-best[2], agenda.stats().idleGaps(), "idle gaps claimed optimal");
        } else {
            assertTrue(agenda.stats().idleGaps() >= -best[2]);
        }
        return 1;
    }

    private static int[] slotsOf(Problem pb, Agenda agenda) {
        int[] slotOf = new int[pb.nR];
        java.util.Arrays.fill(slotOf, -1);
        List<String> slots = List.of(pb.slotId);
        for (var m : agenda.meetings()) {
            for (int r = 0; r < pb.nR; r++) {
                String a = pb.participantId[pb.ra[r]];
                String b = pb.participantId[pb.rb[r]];
                if ((a.equals(m.a()) && b.equals(m.b())) || (a.equals(m.b()) && b.equals(m.a()))) {
                    slotOf[r] = slots.indexOf(m.slot());
                }
            }
        }
        return slotOf;
    }

    @Test
    void matchesBruteForceOnSmallRestrictedRuedas() {
        Random rnd = new Random(7);
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            compared += check(RandomRuedas.generate(rnd, 4 + rnd.nextInt(3), 3 + rnd.nextInt(4), 2 + rnd.nextInt(2), true), Ruedas.fast());
        }
        assertTrue(compared >= 40, "compared " + compared);
    }

    @Test
    void matchesBruteForceOnSmallBipartiteRuedasWithTheExactCore() {
        Random rnd = new Random(11);
        int compared = 0;
        for (int i = 0; i < 40; i++) {
            compared += check(RandomRuedas.generate(rnd, 4 + rnd.nextInt(3), 3 + rnd.nextInt(4), 2 + rnd.nextInt(2), false), Ruedas.fast());
        }
        assertEquals(40, compared);
    }

    @Test
    void cpSatMatchesBruteForceOnBipartiteRuedasToo() {
        Random rnd = new Random(13);
        for (int i = 0; i < 20; i++) {
            assertEquals(1, check(RandomRuedas.generate(rnd, 4 + rnd.nextInt(3), 3 + rnd.nextInt(4), 2 + rnd.nextInt(2), false),
                    Ruedas.fast().withStrategy(SchedulerOptions.Strategy.CP_SAT)));
        }
    }
}
