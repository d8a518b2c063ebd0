package co.encadena.api.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.api.reports.domain.ReportTally;
import co.encadena.api.reports.domain.ReportTally.Bucket;
import co.encadena.api.reports.domain.ReportTally.Firm;
import co.encadena.api.reports.domain.ReportTally.MeetingRow;
import co.encadena.api.reports.domain.ReportTally.OutcomeRow;
import co.encadena.api.ruedas.followup.domain.ConnectionRule;
import co.encadena.api.ruedas.followup.domain.Interest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A fixture of two ruedas whose figures were counted by hand. */
class ReportTallyTest {

    private static final UUID A1 = id(1), A2 = id(2), S1 = id(11), S2 = id(12), S3 = id(13);
    private static final UUID M1 = id(101), M2 = id(102), M3 = id(103), M4 = id(104), M5 = id(105);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static Firm anchor(UUID id, String type) {
        return new Firm(id, "ANCHOR", type, null, null, null, null, null, null, null, null, List.of());
    }

    private static Firm supplier(UUID id, String department, boolean womenLed, List<String> chains) {
        return new Firm(id, "SUPPLIER", null, "MICRO", false, womenLed, null, false, department, false, true, chains);
    }

    private final List<Firm> firms = List.of(
            anchor(A1, "NACIONAL"), anchor(A2, "EXTRANJERA"),
            supplier(S1, "Antioquia", true, List.of("FARMACEUTICA")),
            supplier(S2, "Antioquia", false, List.of("FARMACEUTICA", "ALIMENTOS")),
            supplier(S3, "Caldas", true, List.of("ALIMENTOS")),
            // S1 and A1 took part in a second rueda too: still one firm each
            supplier(S1, "Antioquia", true, List.of("FARMACEUTICA")), anchor(A1, "NACIONAL"));

    private final List<MeetingRow> meetings = List.of(
            new MeetingRow(M1, A1, S1, "HELD"), new MeetingRow(M2, A1, S2, "HELD"), new MeetingRow(M3, A2, S3, "HELD"),
            new MeetingRow(M4, A2, S1, "NO_SHOW"), new MeetingRow(M5, A2, S2, "CANCELLED"));

    private final List<OutcomeRow> outcomes = List.of(
            new OutcomeRow(M1, A1, Interest.NEGOTIATION_STARTED, 50_000_000), new OutcomeRow(M1, S1, Interest.EXPLORING, 80_000_000),
            new OutcomeRow(M2, A1, Interest.NONE, 0), new OutcomeRow(M2, S2, Interest.EXPLORING, 10_000_000),
            new OutcomeRow(M3, A2, Interest.AGREEMENT_REACHED, 200_000_000), new OutcomeRow(M3, S3, Interest.AGREEMENT_REACHED, 150_000_000));

    private final ReportTally.Figures f = ReportTally.tally(firms, 9, meetings, outcomes, ConnectionRule.DEFAULT);

    @Test
    void totalsCountEachFirmOnceAndEachDealAtItsLargerFigure() {
        assertEquals(2, f.anchors());
        assertEquals(3, f.suppliers());
        assertEquals(9, f.requests());
        assertEquals(4, f.meetingsScheduled(), "held and no-show were on the agenda; the cancelled one was not");
        assertEquals(3, f.meetingsHeld());
        assertEquals(1, f.noShows());
        assertEquals(2, f.connections(), "M1 and M3; in M2 the anchor had no interest");
        assertEquals(80_000_000 + 10_000_000 + 200_000_000L, f.businessExpectationsCop());
    }

    @Test
    void byDepartmentMeetingsFollowTheirMipyme() {
        assertEquals(Map.of("Antioquia", new Bucket("Antioquia", 2, 0, 2, 1, 90_000_000),
                        "Caldas", new Bucket("Caldas", 1, 0, 1, 1, 200_000_000)),
                byKey("department"));
    }

    @Test
    void byValueChainAMipymeInTwoChainsCountsInBoth() {
        assertEquals(Map.of("FARMACEUTICA", new Bucket("FARMACEUTICA", 2, 0, 2, 1, 90_000_000),
                        "ALIMENTOS", new Bucket("ALIMENTOS", 2, 0, 2, 1, 210_000_000)),
                byKey("valueChain"));
    }

    @Test
    void byWomenLedAndAnchorType() {
        assertEquals(Map.of("SI", new Bucket("SI", 2, 0, 2, 2, 280_000_000), "NO", new Bucket("NO", 1, 0, 1, 0, 10_000_000)),
                byKey("womenLed"));
        assertEquals(Map.of("NACIONAL", new Bucket("NACIONAL", 0, 1, 2, 1, 90_000_000),
                        "EXTRANJERA", new Bucket("EXTRANJERA", 0, 1, 1, 1, 200_000_000)),
                byKey("anchorType"));
        assertEquals(Map.of("SI", new Bucket("SI", 3, 0, 3, 2, 290_000_000)), byKey("zomac"));
    }

    private Map<String, Bucket> byKey(String dimension) {
        return f.breakdowns().get(dimension).stream().collect(Collectors.toMap(Bucket::key, b -> b));
    }
}
