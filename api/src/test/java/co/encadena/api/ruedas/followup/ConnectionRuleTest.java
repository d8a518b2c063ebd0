package co.encadena.api.ruedas.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.ruedas.followup.domain.ConnectionRule;
import co.encadena.api.ruedas.followup.domain.Interest;
import org.junit.jupiter.api.Test;

class ConnectionRuleTest {

    @Test
    void byDefaultAHeldMeetingIsAConnectionWhenBothSidesAreAtLeastExploring() {
        ConnectionRule rule = ConnectionRule.DEFAULT;
        assertTrue(rule.isConnection(true, Interest.EXPLORING, Interest.AGREEMENT_REACHED));
        assertFalse(rule.isConnection(true, Interest.EXPLORING, Interest.NONE));
        assertFalse(rule.isConnection(true, Interest.EXPLORING, null), "a side that did not report is no interest");
        assertFalse(rule.isConnection(false, Interest.AGREEMENT_REACHED, Interest.AGREEMENT_REACHED), "not held");
    }

    @Test
    void aProgrammeMayAskForNegotiationOnEitherSide() {
        ConnectionRule rule = new ConnectionRule(Interest.NEGOTIATION_STARTED, false);
        assertTrue(rule.isConnection(true, Interest.NONE, Interest.NEGOTIATION_STARTED));
        assertFalse(rule.isConnection(true, Interest.EXPLORING, Interest.EXPLORING));
    }
}
