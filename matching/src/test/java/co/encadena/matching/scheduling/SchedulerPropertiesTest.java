package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.solver.Evaluation;
import co.encadena.matching.scheduling.solver.GreedyScheduler;
import co.encadena.matching.scheduling.solver.Problem;
import co.encadena.matching.scheduling.solver.UpperBounds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Randomized properties on medium ruedas: every agenda is valid (no double booking, no table reuse,
 * availability, sessions, locks, caps, own tables — checked by {@link AgendaVerifier}), never promises more
 * than its proven bound, and never does worse than first-come-first-served.
 */
class SchedulerPropertiesTest {
    private static final SchedulerOptions OPTIONS = SchedulerOptions.defaults().withTimeLimit(Duration.ofSeconds(3));

    @Test
    void everyAgendaIsValidAndWithinItsBound() {
        Random rnd = new Random(2026);
        int scheduled = 0;
        for (int i = 0; i < 15; i++) {
            RuedaInstance in = RandomRuedas.generate(rnd, 8 + rnd.nextInt(15), 15 + rnd.nextInt(40), 3 + rnd.nextInt(6), true);
            if (!RuedaValidator.problems(in).isEmpty()) {
                continue;
            }
            Agenda agenda;
            try {
                agenda = RuedaScheduler.schedule(in, OPTIONS);
            } catch (InfeasibleRuedaException e) {
                continue;
            }
            scheduled++;
            assertEquals(List.of(), AgendaVerifier.violations(in, agenda));
            assertTrue(agenda.stats().scheduledWeight() <= agenda.stats().weightUpperBound());
            assertTrue(agenda.stats().scheduled() <= agenda.stats().upperBound());
            assertEquals(in.requests().size(), agenda.meetings().size() + agenda.unscheduled().size());
            agenda.unscheduled().forEach(u -> assertTrue(!u.reason().isBlank()));
        }
        assertTrue(scheduled >= 8, "only " + scheduled + " random instances were schedulable");
    }

    @Test
    void theExactCoreProvesOptimalityAndMatchesTheFlowBound() {
        Random rnd = new Random(99);
        for (int i = 0; i < 15; i++) {
            RuedaInstance in = RandomRuedas.generate(rnd, 10 + rnd.nextInt(30), 20 + rnd.nextInt(80), 2 + rnd.nextInt(8), false);
            Agenda agenda = RuedaScheduler.schedule(in, OPTIONS);
            assertEquals(List.of(), AgendaVerifier.violations(in, agenda));
            assertEquals("EXACT_FLOW", agenda.stats().method());
            assertTrue(agenda.stats().optimal());
            assertEquals(UpperBounds.of(Problem.of(in)).weight(), agenda.stats().scheduledWeight());
        }
    }

    @Test
    void neverSchedulesLessWeightThanFirstComeFirstServed() {
        Random rnd = new Random(5);
        for (int i = 0; i < 10; i++) {
            RuedaInstance in = RandomRuedas.generate(rnd, 10 + rnd.nextInt(10), 20 + rnd.nextInt(30), 3 + rnd.nextInt(5), i % 2 == 0);
            if (!RuedaValidator.problems(in).isEmpty() || in.requests().stream().anyMatch(r -> r.mandatory())) {
                continue;
            }
            Agenda agenda = RuedaScheduler.schedule(in, OPTIONS);
            Problem pb = Problem.of(in);
            assertTrue(agenda.stats().scheduledWeight() >= Evaluation.weight(pb, GreedyScheduler.firstComeFirstServed(pb)));
        }
    }
}
