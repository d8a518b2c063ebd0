package co.encadena.api.ruedas.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuedaStatusTest {

    @Test
    void aRuedaMovesForwardOneStepAtATime() {
        RuedaStatus[] all = RuedaStatus.values();
        for (int i = 0; i + 1 < all.length; i++) {
            assertTrue(all[i].canMoveTo(all[i + 1]), all[i] + " → " + all[i + 1]);
            if (i + 2 < all.length) {
                assertFalse(all[i].canMoveTo(all[i + 2]), "no skipping from " + all[i]);
            }
        }
    }

    @Test
    void theOrganizerMayReopenRequestsButNeverUnpublish() {
        assertTrue(RuedaStatus.SCHEDULING.canMoveTo(RuedaStatus.REQUESTS));
        assertTrue(RuedaStatus.REGISTRATION.canMoveTo(RuedaStatus.DRAFT));
        assertFalse(RuedaStatus.PUBLISHED.canMoveTo(RuedaStatus.SCHEDULING));
        assertFalse(RuedaStatus.FOLLOW_UP.canMoveTo(RuedaStatus.DRAFT));
    }

    @Test
    void participantsSeeTheAgendaOnlyOncePublished() {
        assertFalse(RuedaStatus.SCHEDULING.agendaVisibleToParticipants());
        assertTrue(RuedaStatus.PUBLISHED.agendaVisibleToParticipants());
        assertTrue(RuedaStatus.IN_PROGRESS.agendaEditable());
        assertFalse(RuedaStatus.CLOSED.agendaEditable());
    }
}
