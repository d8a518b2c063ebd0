package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.bench.InstanceGenerator;
import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.AgendaStats;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.solver.Problem;
import co.encadena.matching.scheduling.solver.UpperBounds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an organizer reads in an agenda's figures when there are availability limits: the total weight is proven
 * optimal (the bound equals it), the bound is never below what was scheduled, and a run cut short by a tiny time
 * limit still answers with a valid agenda that says how far from optimal it may be. No timing is asserted.
 */
class WeightOptimalityTest {
    private static final SchedulerOptions TINY = SchedulerOptions.defaults().withTimeLimit(Duration.ofMillis(1));

    private static Agenda valid(RuedaInstance in, SchedulerOptions options) {
        Agenda agenda = RuedaScheduler.schedule(in, options);
        assertEquals(List.of(), AgendaVerifier.violations(in, agenda), "the agenda must be valid");
        AgendaStats s = agenda.stats();
        assertTrue(s.scheduledWeight() <= s.weightUpperBound(), "bound below the weight: " + s);
        assertTrue(s.scheduled() <= s.upperBound(), "count bound below the meetings: " + s);
        assertEquals(s.optimal(), s.scheduledWeight() == s.weightUpperBound(), "optimal iff weight = bound: " + s);
        assertEquals(s.optimal(), s.gap() == 0.0, "gap 0 iff optimal: " + s);
        return agenda;
    }

    /** A1 can meet P1 and P2 only in s1: the flow bound counts both, the time-indexed bound only one. */
    private static RuedaInstance flowBoundIsLoose() {
        return Ruedas.slots(2).sharedTables(1).anchor("A1", null, "T1")
                .participant(new Participant("P1", Role.SUPPLIER, null, null, null, null, List.of("s2")))
                .participant(new Participant("P2", Role.SUPPLIER, null, null, null, null, List.of("s2")))
                .participant(new Participant("P3", Role.SUPPLIER, null, null, null, null, List.of("s1")))
                .request("A1", "P1", 3).request("A1", "P2", 2).request("A1", "P3", 1).build();
    }

    /** Three mipymes who all want to meet each other, one slot: the LP can hold half of each meeting. */
    private static RuedaInstance oddTriangle() {
        return Ruedas.slots(1).sharedTables(3).supplier("P1", null).supplier("P2", null).supplier("P3", null)
                .request("P1", "P2", 2).request("P2", "P3", 2).request("P1", "P3", 2).build();
    }

    @Test
    void theTimeIndexedBoundProvesWhatTheFlowBoundCannot() {
        RuedaInstance in = flowBoundIsLoose();
        assertEquals(5, UpperBounds.of(Problem.of(in)).weight(), "flow bound (both of A1's s1 meetings)");
        AgendaStats s = valid(in, Ruedas.fast()).stats();
        assertEquals(4, s.scheduledWeight());
        assertEquals(4, s.weightUpperBound());
        assertEquals("TIME_INDEXED_LP", s.weightUpperBoundKind());
        assertTrue(s.optimal());
        assertEquals(2, s.upperBound());
    }

    @Test
    void aFractionalRelaxationIsSettledByTheMip() {
        AgendaStats s = valid(oddTriangle(), Ruedas.fast()).stats();
        assertEquals(2, s.scheduledWeight());
        assertTrue(s.optimal(), s.toString());
        assertEquals(2, s.weightUpperBound());
        assertEquals("TIME_INDEXED_MIP", s.weightUpperBoundKind());
    }

    @Test
    void aTinyTimeLimitStillGivesAValidAgendaAndAnHonestGap() {
        AgendaStats s = valid(oddTriangle(), TINY).stats();
        assertEquals(2, s.scheduledWeight());
        assertFalse(s.optimal(), "the MIP had no time: optimality is not claimed");
        assertEquals(3, s.weightUpperBound(), "the LP bound");
        assertTrue(s.gap() > 0);
    }

    @Test
    void smallEnCadenaLikeRuedasAreProvenOptimalAndStayCloseWhenCutShort() {
        for (long seed = 1; seed <= 4; seed++) {
            RuedaInstance in = InstanceGenerator.encadena(8, 40, 160, 4, 3, 0.25, 0.05, seed);
            Agenda full;
            try {
                full = valid(in, Ruedas.fast().withPolishGaps(false));
            } catch (InfeasibleRuedaException e) {
                continue; // the generator's mandatory requests may collide on a small instance
            }
            assertTrue(full.stats().optimal(), "seed " + seed + ": " + full.stats());
            Agenda cut = valid(in, TINY);
            assertTrue(cut.stats().scheduledWeight() >= 0.99 * full.stats().weightUpperBound(),
                    "seed " + seed + " cut short: " + cut.stats());
        }
    }

    @Test
    void randomRestrictedRuedasReportABoundAtLeastTheirWeight() {
        Random rnd = new Random(31);
        int optimal = 0;
        int scheduled = 0;
        for (int i = 0; i < 30; i++) {
            RuedaInstance in = RandomRuedas.generate(rnd, 10 + rnd.nextInt(12), 20 + rnd.nextInt(40), 3 + rnd.nextInt(6), true);
            if (!RuedaValidator.problems(in).isEmpty()) {
                continue;
            }
            try {
                optimal += valid(in, Ruedas.fast().withPolishGaps(false)).stats().optimal() ? 1 : 0;
                scheduled++;
            } catch (InfeasibleRuedaException e) {
                // an infeasible draw says why; nothing to check here
            }
        }
        assertTrue(scheduled >= 6, "only " + scheduled + " schedulable draws");
        assertEquals(scheduled, optimal, "every small restricted rueda is proven optimal");
    }
}
