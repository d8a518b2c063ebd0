package co.encadena.matching.scheduling.solver;

import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated rueda instance compiled to arrays: participants, slots (in time order), requests and tables are
 * numbered from 0, and everything the engines ask in their inner loops (may request r be held in slot t? does
 * it need a shared table?) is precomputed. Build it only from an instance that passed
 * {@link co.encadena.matching.scheduling.RuedaValidator}.
 */
public final class Problem {
    public final RuedaInstance instance;
    /** Participants, slots, requests. */
    public final int nP, nT, nR;
    public final String[] participantId;
    public final Role[] role;
    /** Effective cap: min(maxMeetings, number of slots). */
    public final int[] cap;
    /** Own table index into {@link #tableId}, or -1. */
    public final int[] ownTable;
    /** available[p][t]: p attends t's session and is not unavailable in t. */
    public final boolean[][] available;
    public final String[] slotId;
    public final int[] sessionOfSlot;
    public final String[] sessionId;
    public final int[] ra, rb;
    public final long[] weight;
    public final boolean[] mandatory;
    /** Session index the request must be in, or -1. */
    public final int[] requestSession;
    /** allowed[r][t]: both participants available, request session respected, and the lock (if any) kept. */
    public final boolean[][] allowed;
    /** The request needs one of the shared tables (neither participant has a table of its own). */
    public final boolean[] shared;
    /** Locked slot of request r, or -1; locked table index or -1. */
    public final int[] lockSlot, lockTable;
    /** Requests of each participant. */
    public final int[][] requestsOf;
    public final String[] tableId;
    /** Indices of the shared tables (owned by nobody), in the order listed. */
    public final int[] sharedTable;

    private Problem(RuedaInstance in) {
        this.instance = in;
        // slots in time order
        List<String> slots = new ArrayList<>();
        Map<String, Slot> slotById = new HashMap<>();
        for (Slot s : in.slots()) {
            slots.add(s.id());
            slotById.put(s.id(), s);
        }
        if (slots.isEmpty()) {
            for (Session s : in.sessions()) {
                slots.addAll(s.slots());
            }
        }
        boolean timed = !in.slots().isEmpty() && in.slots().stream().allMatch(s -> s.start() != null);
        if (timed) {
            slots.sort(Comparator.comparing(id -> slotById.get(id).start()));
        }
        nT = slots.size();
        slotId = slots.toArray(String[]::new);
        Map<String, Integer> slotIndex = index(slotId);

        List<Session> sessions = in.sessions().isEmpty()
                ? List.of(new Session("evento", List.of(slotId))) : in.sessions();
        sessionId = sessions.stream().map(Session::id).toArray(String[]::new);
        Map<String, Integer> sessionIndex = index(sessionId);
        sessionOfSlot = new int[nT];
        for (int s = 0; s < sessions.size(); s++) {
            for (String slot : sessions.get(s).slots()) {
                sessionOfSlot[slotIndex.get(slot)] = s;
            }
        }

        tableId = in.tables().stream().map(Table::id).toArray(String[]::new);
        Map<String, Integer> tableIndex = index(tableId);

        nP = in.participants().size();
        participantId = new String[nP];
        role = new Role[nP];
        cap = new int[nP];
        ownTable = new int[nP];
        available = new boolean[nP][nT];
        boolean[] owned = new boolean[tableId.length];
        for (int p = 0; p < nP; p++) {
            Participant part = in.participants().get(p);
            participantId[p] = part.id();
            role[p] = part.role();
            cap[p] = part.maxMeetings() == null ? nT : Math.min(part.maxMeetings(), nT);
            ownTable[p] = part.table() == null ? -1 : tableIndex.get(part.table());
            if (ownTable[p] >= 0) {
                owned[ownTable[p]] = true;
            }
            for (int t = 0; t < nT; t++) {
                boolean attends = part.sessions().isEmpty() || part.sessions().contains(sessionId[sessionOfSlot[t]]);
                available[p][t] = attends && !part.unavailableSlots().contains(slotId[t]);
            }
        }
        sharedTable = java.util.stream.IntStream.range(0, tableId.length).filter(t -> !owned[t]).toArray();
        Map<String, Integer> participantIndex = index(participantId);

        nR = in.requests().size();
        ra = new int[nR];
        rb = new int[nR];
        weight = new long[nR];
        mandatory = new boolean[nR];
        requestSession = new int[nR];
        shared = new boolean[nR];
        lockSlot = new int[nR];
        lockTable = new int[nR];
        allowed = new boolean[nR][nT];
        Map<Long, Integer> requestByPair = new HashMap<>();
        List<List<Integer>> byParticipant = new ArrayList<>();
        for (int p = 0; p < nP; p++) {
            byParticipant.add(new ArrayList<>());
        }
        for (int r = 0; r < nR; r++) {
            MeetingRequest req = in.requests().get(r);
            ra[r] = participantIndex.get(req.a());
            rb[r] = participantIndex.get(req.b());
            weight[r] = req.weight();
            mandatory[r] = req.mandatory();
            requestSession[r] = req.session() == null ? -1 : sessionIndex.get(req.session());
            shared[r] = ownTable[ra[r]] < 0 && ownTable[rb[r]] < 0;
            lockSlot[r] = -1;
            lockTable[r] = -1;
            requestByPair.put(pairKey(ra[r], rb[r]), r);
            byParticipant.get(ra[r]).add(r);
            byParticipant.get(rb[r]).add(r);
        }
        for (LockedMeeting l : in.locked()) {
            int r = requestByPair.get(pairKey(participantIndex.get(l.a()), participantIndex.get(l.b())));
            lockSlot[r] = slotIndex.get(l.slot());
            lockTable[r] = l.table() == null ? -1 : tableIndex.get(l.table());
        }
        for (int r = 0; r < nR; r++) {
            for (int t = 0; t < nT; t++) {
                allowed[r][t] = available[ra[r]][t] && available[rb[r]][t]
                        && (requestSession[r] < 0 || requestSession[r] == sessionOfSlot[t])
                        && (lockSlot[r] < 0 || lockSlot[r] == t);
            }
        }
        requestsOf = new int[nP][];
        for (int p = 0; p < nP; p++) {
            requestsOf[p] = byParticipant.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Compiles a validated instance. */
    public static Problem of(RuedaInstance instance) {
        return new Problem(instance);
    }

    /** Number of shared tables. */
    public int sharedTables() {
        return sharedTable.length;
    }

    /** The other participant of request r. */
    public int other(int r, int p) {
        return ra[r] == p ? rb[r] : ra[r];
    }

    /** Slots in which request r may be held. */
    public int allowedCount(int r) {
        int n = 0;
        for (int t = 0; t < nT; t++) {
            if (allowed[r][t]) {
                n++;
            }
        }
        return n;
    }

    /** True when there are no availability limits, sessions on requests, nor locks. */
    public boolean unrestricted() {
        for (int r = 0; r < nR; r++) {
            if (lockSlot[r] >= 0 || requestSession[r] >= 0) {
                return false;
            }
        }
        for (int p = 0; p < nP; p++) {
            for (int t = 0; t < nT; t++) {
                if (!available[p][t]) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean hasMandatory() {
        for (boolean m : mandatory) {
            if (m) {
                return true;
            }
        }
        return false;
    }

    private static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], i);
        }
        return m;
    }
}
