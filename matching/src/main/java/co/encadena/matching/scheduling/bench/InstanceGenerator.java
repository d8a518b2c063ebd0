package co.encadena.matching.scheduling.bench;

import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ruedas at the scales the scheduler must handle. Anchor popularity is skewed (a few anchors
 * get many requests, as in real events); one request in five is mutual (weight 3), the rest one-sided
 * (weight 2 when the anchor asked, 1 when the supplier did).
 */
public final class InstanceGenerator {
    private InstanceGenerator() {
    }

    /**
     * Macrorrueda scale, bipartite and without availability limits: anchors × suppliers, requests, slots in two
     * sessions, shared tables (plus own tables for the {@code ownTables} most requested anchors).
     */
    public static RuedaInstance macrorrueda(int anchors, int suppliers, int requests, int slots, int sharedTables,
                                            int ownTables, int supplierCap, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> slotIds = new ArrayList<>();
        List<Slot> slotList = timedSlots(slots, slotIds);
        List<Session> sessions = twoSessions(slotIds);
        List<Table> tables = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (int a = 0; a < anchors; a++) {
            String table = null;
            if (a < ownTables) {
                table = String.format("P%04d", a + 1);
                tables.add(new Table(table, "Mesa propia " + (a + 1)));
            }
            participants.add(new Participant(anchorId(a), Role.ANCHOR, null, null, table, null, null));
        }
        for (int t = 0; t < sharedTables; t++) {
            tables.add(new Table(String.format("M%04d", t + 1), "Mesa " + (t + 1)));
        }
        for (int s = 0; s < suppliers; s++) {
            participants.add(new Participant(supplierId(s), Role.SUPPLIER, null, supplierCap, null, null, null));
        }
        List<MeetingRequest> list = bipartiteRequests(rnd, anchors, suppliers, requests, 0);
        return new RuedaInstance("Macrorrueda sintética " + seed, "America/Bogota", sessions, slotList, tables,
                participants, list, List.of());
    }

    /**
     * EnCadena scale with availability limits: every anchor keeps its own table, some participants attend only
     * one session, a share of (participant, slot) pairs is unavailable, some supplier–supplier requests use the
     * shared tables, a few requests are mandatory and a few meetings are locked.
     */
    public static RuedaInstance encadena(int anchors, int suppliers, int requests, int slotsPerSession,
                                         int sharedTables, double oneSessionShare, double unavailableShare,
                                         long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> slotIds = new ArrayList<>();
        List<Slot> slotList = timedSlots(2 * slotsPerSession, slotIds);
        List<Session> sessions = twoSessions(slotIds);
        List<Table> tables = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (int a = 0; a < anchors; a++) {
            String table = String.format("P%03d", a + 1);
            tables.add(new Table(table, "Mesa de " + anchorId(a)));
            participants.add(new Participant(anchorId(a), Role.ANCHOR, null, null, table,
                    oneSession(rnd, oneSessionShare / 2), unavailable(rnd, slotIds, unavailableShare)));
        }
        for (int t = 0; t < sharedTables; t++) {
            tables.add(new Table(String.format("M%03d", t + 1), "Mesa " + (t + 1)));
        }
        for (int s = 0; s < suppliers; s++) {
            participants.add(new Participant(supplierId(s), Role.SUPPLIER, null, 6, null,
                    oneSession(rnd, oneSessionShare), unavailable(rnd, slotIds, unavailableShare)));
        }
        int peer = requests / 15;
        List<MeetingRequest> list = bipartiteRequests(rnd, anchors, suppliers, requests - peer, 20);
        Set<String> pairs = new HashSet<>();
        list.forEach(r -> pairs.add(r.a() + "|" + r.b()));
        while (list.size() < requests) {
            int x = rnd.nextInt(suppliers);
            int y = rnd.nextInt(suppliers);
            String a = supplierId(Math.min(x, y));
            String b = supplierId(Math.max(x, y));
            if (x != y && pairs.add(a + "|" + b)) {
                list.add(new MeetingRequest(a, b, "BOTH", 2, false, null));
            }
        }
        List<LockedMeeting> locked = locks(rnd, participants, list, slotIds, sessions, 10);
        return new RuedaInstance("EnCadena sintética " + seed, "America/Bogota", sessions, slotList, tables,
                participants, list, locked);
    }

    private static List<MeetingRequest> bipartiteRequests(SplittableRandom rnd, int anchors, int suppliers,
                                                          int requests, int mandatory) {
        double[] cumulative = new double[anchors];
        double total = 0;
        for (int a = 0; a < anchors; a++) {
            total += 1.0 / Math.pow(a + 1, 0.5);
            cumulative[a] = total;
        }
        Set<Long> pairs = new HashSet<>();
        List<MeetingRequest> list = new ArrayList<>();
        long cap = (long) anchors * suppliers;
        if (requests > cap) {
            throw new IllegalArgumentException("more requests (" + requests + ") than pairs (" + cap + ")");
        }
        while (list.size() < requests) {
            double u = rnd.nextDouble() * total;
            int a = java.util.Arrays.binarySearch(cumulative, u);
            a = a < 0 ? -a - 1 : a;
            a = Math.min(a, anchors - 1);
            int s = rnd.nextInt(suppliers);
            if (!pairs.add((long) a * suppliers + s)) {
                continue;
            }
            int kind = rnd.nextInt(5);
            String by = kind == 0 ? "BOTH" : kind <= 2 ? "ANCHOR" : "SUPPLIER";
            long weight = kind == 0 ? 3 : kind <= 2 ? 2 : 1;
            boolean must = list.size() < mandatory;
            list.add(new MeetingRequest(anchorId(a), supplierId(s), must ? "ORGANIZER" : by, weight, must, null));
        }
        return list;
    }

    // A few locks: requests placed greedily in a slot both attend, avoiding collisions; never a mandatory one.
    private static List<LockedMeeting> locks(SplittableRandom rnd, List<Participant> participants,
                                             List<MeetingRequest> requests, List<String> slotIds,
                                             List<Session> sessions, int count) {
        java.util.Map<String, Participant> byId = new java.util.HashMap<>();
        participants.forEach(p -> byId.put(p.id(), p));
        Set<String> busy = new HashSet<>();
        List<LockedMeeting> locks = new ArrayList<>();
        for (int attempt = 0; attempt < 1000 && locks.size() < count; attempt++) {
            MeetingRequest r = requests.get(rnd.nextInt(requests.size()));
            Participant a = byId.get(r.a());
            Participant b = byId.get(r.b());
            if (r.mandatory() || a.table() == null || locks.stream().anyMatch(l -> l.a().equals(r.a()) && l.b().equals(r.b()))) {
                continue;
            }
            String slot = slotIds.get(rnd.nextInt(slotIds.size()));
            String session = sessions.get(0).slots().contains(slot) ? sessions.get(0).id() : sessions.get(1).id();
            boolean ok = true;
            for (Participant p : new Participant[] {a, b}) {
                ok &= !p.unavailableSlots().contains(slot) && (p.sessions().isEmpty() || p.sessions().contains(session))
                        && !busy.contains(p.id() + "@" + slot);
            }
            if (ok) {
                busy.add(a.id() + "@" + slot);
                busy.add(b.id() + "@" + slot);
                locks.add(new LockedMeeting(r.a(), r.b(), slot, a.table()));
            }
        }
        return locks;
    }

    private static List<String> oneSession(SplittableRandom rnd, double share) {
        if (rnd.nextDouble() >= share) {
            return null;
        }
        return List.of(rnd.nextBoolean() ? "AM" : "PM");
    }

    private static List<String> unavailable(SplittableRandom rnd, List<String> slotIds, double share) {
        List<String> out = new ArrayList<>();
        for (String s : slotIds) {
            if (rnd.nextDouble() < share) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Slot> timedSlots(int n, List<String> ids) {
        List<Slot> slots = new ArrayList<>();
        OffsetDateTime morning = OffsetDateTime.parse("2026-12-03T08:00:00-05:00");
        OffsetDateTime afternoon = OffsetDateTime.parse("2026-12-03T14:00:00-05:00");
        int half = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            String id = String.format("s%02d", i + 1);
            OffsetDateTime start = i < half ? morning.plusMinutes(20L * i) : afternoon.plusMinutes(20L * (i - half));
            ids.add(id);
            slots.add(new Slot(id, start, start.plusMinutes(20)));
        }
        return slots;
    }

    private static List<Session> twoSessions(List<String> slotIds) {
        int half = (slotIds.size() + 1) / 2;
        return List.of(new Session("AM", slotIds.subList(0, half)), new Session("PM", slotIds.subList(half, slotIds.size())));
    }

    static String anchorId(int a) {
        return String.format("A%04d", a + 1);
    }

    static String supplierId(int s) {
        return String.format("S%04d", s + 1);
    }
}
