package co.encadena.api.reports.domain;

import co.encadena.api.ruedas.followup.domain.ConnectionRule;
import co.encadena.api.ruedas.followup.domain.Interest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The figures the programme publishes, counted from plain rows so the rules are testable without a database.
 * <ul>
 *   <li>anchors and mipymes (suppliers) are approved participants, each firm counted once however many ruedas
 *   it attended;</li>
 *   <li>requests are those made (withdrawn ones excluded); meetings scheduled are those that were on an agenda
 *   and not cancelled (scheduled, held or no-show);</li>
 *   <li>a connection is a held meeting the {@link ConnectionRule} accepts;</li>
 *   <li>business expectations add, per held meeting, the larger of the two sides' expected values — both sides
 *   describe the same deal, so adding both would count it twice;</li>
 *   <li>breakdowns attribute a meeting to every bucket one of its firms belongs to (once per bucket): mipyme
 *   attributes (department, value chain, size, women-led, ethnic group, victims, popular economy, PDET, ZOMAC)
 *   through its mipyme side, anchor type through its anchor side.</li>
 * </ul>
 */
public final class ReportTally {

    /** A firm and the attributes the breakdowns use; supplier attributes are null for anchors. */
    public record Firm(UUID id, String role, String anchorType, String size, Boolean popularEconomy, Boolean womenLed,
                       String ethnicGroup, Boolean victims, String department, Boolean pdet, Boolean zomac,
                       List<String> valueChains) {
    }

    /** A meeting of an agenda. */
    public record MeetingRow(UUID id, UUID a, UUID b, String status) {
    }

    /** One side's outcome of a meeting. */
    public record OutcomeRow(UUID meetingId, UUID organizationId, Interest interest, long expectedValueCop) {
    }

    /** One bucket of a breakdown. */
    public record Bucket(String key, int mipymes, int anchors, int meetingsHeld, int connections, long businessExpectationsCop) {
    }

    /** The totals and the breakdowns. */
    public record Figures(int anchors, int suppliers, int requests, int meetingsScheduled, int meetingsHeld, int noShows,
                          int connections, long businessExpectationsCop, Map<String, List<Bucket>> breakdowns) {
    }

    /** The breakdowns, in the order reports show them, with how each reads a firm. */
    public static final Map<String, Function<Firm, List<String>>> DIMENSIONS = dimensions();

    private static Map<String, Function<Firm, List<String>>> dimensions() {
        Map<String, Function<Firm, List<String>>> d = new LinkedHashMap<>();
        d.put("department", f -> supplier(f, f.department()));
        d.put("valueChain", f -> "SUPPLIER".equals(f.role()) && f.valueChains() != null ? f.valueChains() : List.of());
        d.put("size", f -> supplier(f, f.size()));
        d.put("anchorType", f -> "ANCHOR".equals(f.role()) && f.anchorType() != null ? List.of(f.anchorType()) : List.of());
        d.put("womenLed", f -> supplier(f, yesNo(f.womenLed())));
        d.put("ethnicGroup", f -> supplier(f, f.ethnicGroup() == null ? (f.size() == null ? null : "NINGUNO") : f.ethnicGroup()));
        d.put("victims", f -> supplier(f, yesNo(f.victims())));
        d.put("popularEconomy", f -> supplier(f, yesNo(f.popularEconomy())));
        d.put("pdet", f -> supplier(f, yesNo(f.pdet())));
        d.put("zomac", f -> supplier(f, yesNo(f.zomac())));
        return d;
    }

    private static List<String> supplier(Firm f, String key) {
        return "SUPPLIER".equals(f.role()) && key != null ? List.of(key) : List.of();
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "SI" : "NO";
    }

    private ReportTally() {
    }

    /**
     * @param firms    the approved participants (a firm may appear once per rueda; it is counted once)
     * @param requests how many requests were made
     */
    public static Figures tally(Collection<Firm> firms, int requests, Collection<MeetingRow> meetings,
                                Collection<OutcomeRow> outcomes, ConnectionRule rule) {
        Map<UUID, Firm> byId = new HashMap<>();
        firms.forEach(f -> byId.putIfAbsent(f.id(), f));
        Map<UUID, Map<UUID, OutcomeRow>> sides = new HashMap<>();
        outcomes.forEach(o -> sides.computeIfAbsent(o.meetingId(), k -> new HashMap<>()).put(o.organizationId(), o));
        int anchors = (int) byId.values().stream().filter(f -> "ANCHOR".equals(f.role())).count();
        int suppliers = (int) byId.values().stream().filter(f -> "SUPPLIER".equals(f.role())).count();
        int scheduled = 0;
        int held = 0;
        int noShows = 0;
        int connections = 0;
        long expectations = 0;
        Map<String, Map<String, Acc>> acc = new LinkedHashMap<>();
        DIMENSIONS.keySet().forEach(k -> acc.put(k, new TreeMap<>()));
        for (Firm f : byId.values()) {
            for (Map.Entry<String, Function<Firm, List<String>>> d : DIMENSIONS.entrySet()) {
                for (String key : d.getValue().apply(f)) {
                    Acc a = acc.get(d.getKey()).computeIfAbsent(key, k -> new Acc());
                    if ("SUPPLIER".equals(f.role())) {
                        a.mipymes++;
                    } else if ("ANCHOR".equals(f.role())) {
                        a.anchors++;
                    }
                }
            }
        }
        for (MeetingRow m : meetings) {
            switch (m.status()) {
                case "SCHEDULED" -> scheduled++;
                case "NO_SHOW" -> {
                    scheduled++;
                    noShows++;
                }
                case "HELD" -> scheduled++;
                default -> {
                    continue;
                }
            }
            if (!"HELD".equals(m.status())) {
                continue;
            }
            held++;
            Map<UUID, OutcomeRow> s = sides.getOrDefault(m.id(), Map.of());
            OutcomeRow oa = s.get(m.a());
            OutcomeRow ob = s.get(m.b());
            boolean connection = rule.isConnection(true, oa == null ? null : oa.interest(), ob == null ? null : ob.interest());
            long value = Math.max(oa == null ? 0 : oa.expectedValueCop(), ob == null ? 0 : ob.expectedValueCop());
            if (connection) {
                connections++;
            }
            expectations += value;
            for (Map.Entry<String, Function<Firm, List<String>>> d : DIMENSIONS.entrySet()) {
                Set<String> keys = new HashSet<>();
                for (UUID party : List.of(m.a(), m.b())) {
                    Firm f = byId.get(party);
                    if (f != null) {
                        keys.addAll(d.getValue().apply(f));
                    }
                }
                for (String key : keys) {
                    Acc a = acc.get(d.getKey()).computeIfAbsent(key, k -> new Acc());
                    a.held++;
                    a.connections += connection ? 1 : 0;
                    a.value += value;
                }
            }
        }
        Map<String, List<Bucket>> breakdowns = new LinkedHashMap<>();
        acc.forEach((dimension, buckets) -> {
            List<Bucket> list = new ArrayList<>();
            buckets.forEach((key, a) -> list.add(new Bucket(key, a.mipymes, a.anchors, a.held, a.connections, a.value)));
            breakdowns.put(dimension, list);
        });
        return new Figures(anchors, suppliers, requests, scheduled, held, noShows, connections, expectations, breakdowns);
    }

    private static final class Acc {
        int mipymes;
        int anchors;
        int held;
        int connections;
        long value;
    }
}
