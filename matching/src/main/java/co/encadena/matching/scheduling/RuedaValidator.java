package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a rueda instance is consistent before anything is scheduled. Every rule is a small method that
 * adds Spanish sentences naming the bad value; {@link #problems} returns them all (empty when valid).
 * Whether the mandatory meetings fit together is not decided here but by the scheduler.
 */
public final class RuedaValidator {

    private final RuedaInstance in;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> slotIds = new LinkedHashSet<>();
    private final Map<String, String> sessionOfSlot = new HashMap<>();
    private final Set<String> sessionIds = new HashSet<>();
    private final Set<String> tableIds = new HashSet<>();
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, String> ownerOfTable = new HashMap<>();
    private final Map<String, MeetingRequest> requestByPair = new HashMap<>();

    private RuedaValidator(RuedaInstance in) {
        this.in = in;
    }

    /** Every problem of the instance, in Spanish; empty when it is valid. */
    public static List<String> problems(RuedaInstance instance) {
        if (instance == null) {
            return List.of("No se recibió ninguna rueda");
        }
        RuedaValidator v = new RuedaValidator(instance);
        v.slotsHaveUniqueIdsAndTimes();
        v.sessionsCoverEachSlotOnce();
        v.thereIsAtLeastOneSlot();
        v.tablesHaveUniqueIds();
        v.participantsAreWellFormed();
        v.requestsNameKnownParticipantsOncePerPair();
        v.locksAreConsistent();
        return List.copyOf(v.problems);
    }

    /** Throws {@link InvalidRuedaException} with every problem when the instance is invalid. */
    public static void requireValid(RuedaInstance instance) {
        List<String> found = problems(instance);
        if (!found.isEmpty()) {
            throw new InvalidRuedaException(found);
        }
    }

    // Slot ids are unique and either every slot or none has a start time, and no slot ends before it starts.
    private void slotsHaveUniqueIdsAndTimes() {
        int withStart = 0;
        for (Slot s : in.slots()) {
            if (blank(s.id())) {
                problems.add("Hay un slot sin id");
                continue;
            }
            if (!slotIds.add(s.id())) {
                problems.add("El slot " + s.id() + " está repetido");
            }
            if (s.start() != null) {
                withStart++;
                if (s.end() != null && !s.end().isAfter(s.start())) {
                    problems.add("El slot " + s.id() + " termina (" + s.end() + ") antes de empezar (" + s.start() + ")");
                }
            }
        }
        if (withStart > 0 && withStart < in.slots().size()) {
            problems.add("Algunos slots tienen hora de inicio y otros no: o todos la tienen o ninguno");
        }
    }

    // Each session lists known slots, and each slot belongs to exactly one session (when sessions are given).
    private void sessionsCoverEachSlotOnce() {
        boolean slotsDeclared = !in.slots().isEmpty();
        for (Session session : in.sessions()) {
            if (blank(session.id())) {
                problems.add("Hay una sesión sin id");
                continue;
            }
            if (!sessionIds.add(session.id())) {
                problems.add("La sesión " + session.id() + " está repetida");
            }
            if (session.slots().isEmpty()) {
                problems.add("La sesión " + session.id() + " no tiene slots");
            }
            for (String slot : session.slots()) {
                if (slotsDeclared && !slotIds.contains(slot)) {
                    problems.add("La sesión " + session.id() + " menciona el slot " + slot + ", que no está en slots");
                    continue;
                }
                if (!slotsDeclared) {
                    slotIds.add(slot);
                }
                String previous = sessionOfSlot.putIfAbsent(slot, session.id());
                if (previous != null) {
                    problems.add("El slot " + slot + " está en dos sesiones: " + previous + " y " + session.id());
                }
            }
        }
        if (!in.sessions().isEmpty()) {
            for (String slot : slotIds) {
                if (!sessionOfSlot.containsKey(slot)) {
                    problems.add("El slot " + slot + " no pertenece a ninguna sesión");
                }
            }
        }
    }

    // A rueda without slots cannot hold any meeting.
    private void thereIsAtLeastOneSlot() {
        if (slotIds.isEmpty()) {
            problems.add("La rueda no tiene horarios (slots)");
        }
    }

    // Table ids are unique.
    private void tablesHaveUniqueIds() {
        for (Table t : in.tables()) {
            if (blank(t.id())) {
                problems.add("Hay una mesa sin id");
            } else if (!tableIds.add(t.id())) {
                problems.add("La mesa " + t.id() + " está repetida");
            }
        }
    }

    // Participants have unique ids, a role, a non-negative cap, a known table of their own, known sessions and slots.
    private void participantsAreWellFormed() {
        for (Participant p : in.participants()) {
            if (blank(p.id())) {
                problems.add("Hay un participante sin id");
                continue;
            }
            if (participants.putIfAbsent(p.id(), p) != null) {
                problems.add("El participante " + p.id() + " está repetido");
                continue;
            }
            if (p.role() == null) {
                problems.add("El participante " + p.id() + " no tiene rol (ANCHOR, SUPPLIER o ALLY)");
            }
            if (p.maxMeetings() != null && p.maxMeetings() < 0) {
                problems.add("El participante " + p.id() + " tiene maxMeetings negativo: " + p.maxMeetings());
            }
            if (p.table() != null) {
                if (!tableIds.contains(p.table())) {
                    problems.add("El participante " + p.id() + " tiene la mesa " + p.table() + ", que no existe");
                } else {
                    String other = ownerOfTable.putIfAbsent(p.table(), p.id());
                    if (other != null) {
                        problems.add("La mesa " + p.table() + " está asignada a dos participantes: " + other + " y " + p.id());
                    }
                }
            }
            for (String s : p.sessions()) {
                if (!sessionIds.contains(s)) {
                    problems.add("El participante " + p.id() + " asiste a la sesión " + s + ", que no existe");
                }
            }
            for (String s : p.unavailableSlots()) {
                if (!slotIds.contains(s)) {
                    problems.add("El participante " + p.id() + " marca como no disponible el slot " + s + ", que no existe");
                }
            }
        }
    }

    // Requests join two different known participants, at most once per pair, with a non-negative weight and a known session.
    private void requestsNameKnownParticipantsOncePerPair() {
        int line = 0;
        for (MeetingRequest r : in.requests()) {
            line++;
            String label = "La solicitud " + line + " (" + r.a() + "–" + r.b() + ")";
            boolean known = true;
            for (String id : new String[] {r.a(), r.b()}) {
                if (!participants.containsKey(id)) {
                    problems.add(label + " menciona al participante desconocido " + id);
                    known = false;
                }
            }
            if (!known) {
                continue;
            }
            if (r.a().equals(r.b())) {
                problems.add(label + " es de un participante consigo mismo");
                continue;
            }
            if (requestByPair.putIfAbsent(pair(r.a(), r.b()), r) != null) {
                problems.add(label + " repite una solicitud entre " + r.a() + " y " + r.b() + " (solo se agenda una reunión por pareja)");
            }
            if (r.weight() < 0) {
                problems.add(label + " tiene peso negativo: " + r.weight());
            }
            if (r.session() != null && !sessionIds.contains(r.session())) {
                problems.add(label + " pide la sesión " + r.session() + ", que no existe");
            }
        }
    }

    // Locks match a request, use known slots and tables, respect availability, sessions, table ownership and caps, and never collide.
    private void locksAreConsistent() {
        Map<String, String> busy = new HashMap<>();
        Map<String, String> tableUse = new HashMap<>();
        Map<String, Integer> lockCount = new HashMap<>();
        Set<String> lockedPairs = new HashSet<>();
        Map<String, Integer> sharedPerSlot = new HashMap<>();
        int sharedTables = (int) tableIds.stream().filter(t -> !ownerOfTable.containsKey(t)).count();
        for (LockedMeeting l : in.locked()) {
            String label = "El bloqueo " + l.a() + "–" + l.b() + " en " + l.slot();
            if (!participants.containsKey(l.a()) || !participants.containsKey(l.b())) {
                problems.add(label + " menciona un participante desconocido");
                continue;
            }
            MeetingRequest request = requestByPair.get(pair(l.a(), l.b()));
            if (request == null) {
                problems.add(label + " no corresponde a ninguna solicitud");
                continue;
            }
            if (!lockedPairs.add(pair(l.a(), l.b()))) {
                problems.add(label + " repite una reunión ya bloqueada entre " + l.a() + " y " + l.b());
                continue;
            }
            if (l.slot() == null || !slotIds.contains(l.slot())) {
                problems.add(label + ": el slot " + l.slot() + " no existe");
                continue;
            }
            if (l.table() != null && !tableIds.contains(l.table())) {
                problems.add(label + ": la mesa " + l.table() + " no existe");
                continue;
            }
            for (String id : new String[] {l.a(), l.b()}) {
                Participant p = participants.get(id);
                if (p.unavailableSlots().contains(l.slot())) {
                    problems.add(label + ": " + id + " no está disponible en ese slot");
                }
                String session = sessionOfSlot.get(l.slot());
                if (!p.sessions().isEmpty() && session != null && !p.sessions().contains(session)) {
                    problems.add(label + ": " + id + " no asiste a la sesión " + session);
                }
                String other = busy.putIfAbsent(id + "@" + l.slot(), l.a() + "–" + l.b());
                if (other != null) {
                    problems.add(label + ": " + id + " ya tiene la reunión bloqueada " + other + " en ese slot");
                }
                int count = lockCount.merge(id, 1, Integer::sum);
                if (p.maxMeetings() != null && count == p.maxMeetings() + 1) {
                    problems.add(id + " tiene más reuniones bloqueadas que su máximo (" + p.maxMeetings() + ")");
                }
            }
            if (request.session() != null && !request.session().equals(sessionOfSlot.get(l.slot()))) {
                problems.add(label + ": la solicitud debe ir en la sesión " + request.session());
            }
            String ownA = participants.get(l.a()).table();
            String ownB = participants.get(l.b()).table();
            boolean owned = ownA != null || ownB != null;
            if (l.table() != null) {
                if (owned && !l.table().equals(ownA) && !l.table().equals(ownB)) {
                    problems.add(label + ": debe ser en la mesa propia " + (ownA != null ? ownA : ownB) + ", no en " + l.table());
                } else if (!owned && ownerOfTable.containsKey(l.table())) {
                    problems.add(label + ": la mesa " + l.table() + " es propia de " + ownerOfTable.get(l.table()));
                }
                String other = tableUse.putIfAbsent(l.table() + "@" + l.slot(), l.a() + "–" + l.b());
                if (other != null) {
                    problems.add(label + ": la mesa " + l.table() + " ya la usa la reunión bloqueada " + other);
                }
            }
            if (!owned && sharedPerSlot.merge(l.slot(), 1, Integer::sum) == sharedTables + 1) {
                problems.add("Hay más reuniones bloqueadas en " + l.slot() + " que mesas compartidas (" + sharedTables + ")");
            }
        }
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
