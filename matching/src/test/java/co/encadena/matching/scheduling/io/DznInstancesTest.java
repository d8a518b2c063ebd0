package co.encadena.matching.scheduling.io;

import co.encadena.matching.scheduling.RuedaValidator;
import co.encadena.matching.scheduling.model.RuedaInstance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DznInstancesTest {
    private static final String DZN = """
            % a tiny event
            nBusiness = 3;
            nMeetings = 3;
            nTables = 2;
            nTotalSlots = 4;
            nMorningSlots = 2;
            requested = [|1, 2,1,
            |2, 3,3,
            |3, 1,2,
            |2, 1,1,
            |];
            meetingsxBusiness = [{1,2},{1,2,3},{2,3}];
            nMeetingsBusiness = [2,2,2];
            forbidden = [{0},
            {0,4},
            {0}];
            """;

    @Test
    void convertsSessionsForbiddenSlotsAndMergesARepeatedPair() {
        DznInstances.Converted c = DznInstances.parse("mini", DZN);
        RuedaInstance in = c.instance();
        assertEquals(1, c.duplicatePairs());
        assertEquals(List.of(), RuedaValidator.problems(in));
        assertEquals(List.of("t01", "t02"), in.sessions().get(0).slots());
        assertEquals(List.of("t04"), in.participants().get(1).unavailableSlots());
        assertEquals(2, in.tables().size());
        assertEquals(3, in.requests().size());
        assertEquals("manana", in.requests().get(0).session());
        assertNull(in.requests().get(1).session());
        assertEquals("tarde", in.requests().get(2).session());
    }
}
