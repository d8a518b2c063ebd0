package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an agenda against its instance independently of how it was produced — the scheduler's tests and
 * benchmarks trust this, not the scheduler. Each rule is one method; violations come back in Spanish.
 */
public final class AgendaVerifier {
    private final RuedaInstance in;
    private final Agenda agenda;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, MeetingRequest> requests = new HashMap<>();
    private final Map<String, String> sessionOfSlot = new HashMap<>();
    private final Set<String> slots = new HashSet<>();
    private final Set<String> tables = new HashSet<>();
    private final Map<String, String> ownerOfTable = new HashMap<>();
    private final Map<String, Meeting> meetingOfPair = new HashMap<>();

    private AgendaVerifier(RuedaInstance in, Agenda agenda) {
        this.in = in;
        this.agenda = agenda;
        in.participants().forEach(p -> participants.put(p.id(), p));
        in.requests().forEach(r -> requests.put(RuedaValidator.pair(r.a(), r.b()), r));
        in.slots().forEach(s -> slots.add(s.id()));
        for (Session s : in.sessions()) {
            for (String slot : s.slots()) {
                sessionOfSlot.put(slot, s.id());
                slots.add(slot);
            }
        }
        in.tables().stream().map(Table::id).forEach(tables::add);
        in.participants().stream().filter(p -> p.table() != null).forEach(p -> ownerOfTable.put(p.table(), p.id()));
    }

    /** Every rule the agenda breaks; empty when it is valid. */
    public static List<String> violations(RuedaInstance instance, Agenda agenda) {
        AgendaVerifier v = new AgendaVerifier(instance, agenda);
        v.everyMeetingAnswersOneRequest();
        v.nobodyIsDoubleBooked();
        v.noTableIsUsedTwiceInASlot();
        v.participantsMeetOnlyWhenAvailable();
        v.requestSessionsAreRespected();
        v.ownTablesAreUsedByTheirOwnersOnly();
        v.capsAreRespected();
        v.locksAreKept();
        v.mandatoryRequestsAreScheduled();
        v.everyRequestIsAccountedFor();
        return List.copyOf(v.violations);
    }

    // A meeting joins a requested pair, in a known slot and table, and a pair meets at most once.
    private void everyMeetingAnswersOneRequest() {
        for (Meeting m : agenda.meetings()) {
            String key = RuedaValidator.pair(m.a(), m.b());
            if (!requests.containsKey(key)) {
                violations.add("La reunión " + m.a() + "–" + m.b() + " no fue solicitada");
            }
            if (meetingOfPair.put(key, m) != null) {
                violations.add("La pareja " + m.a() + "–" + m.b() + " tiene dos reuniones");
            }
            if (!slots.contains(m.slot())) {
                violations.add("La reunión " + m.a() + "–" + m.b() + " usa el slot desconocido " + m.slot());
            }
            if (!tables.contains(m.table())) {
                violations.add("La reunión " + m.a() + "–" + m.b() + " usa la mesa desconocida " + m.table());
            }
        }
    }

    // Nobody is in two meetings in the same slot.
    private void nobodyIsDoubleBooked() {
        Set<String> seen = new HashSet<>();
        for (Meeting m : agenda.meetings()) {
            for (String p : new String[] {m.a(), m.b()}) {
                if (!seen.add(p + "@" + m.slot())) {
                    violations.add(p + " tiene dos reuniones en " + m.slot());
                }
            }
        }
    }

    // A table holds one meeting per slot.
    private void noTableIsUsedTwiceInASlot() {
        Set<String> seen = new HashSet<>();
        for (Meeting m : agenda.meetings()) {
            if (!seen.add(m.table() + "@" + m.slot())) {
                violations.add("La mesa " + m.table() + " tiene dos reuniones en " + m.slot());
            }
        }
    }

    // Participants meet only in sessions they attend and slots they did not mark unavailable.
    private void participantsMeetOnlyWhenAvailable() {
        for (Meeting m : agenda.meetings()) {
            for (String id : new String[] {m.a(), m.b()}) {
                Participant p = participants.get(id);
                if (p == null) {
                    violations.add("La reunión menciona al participante desconocido " + id);
                    continue;
                }
                if (p.unavailableSlots().contains(m.slot())) {
                    violations.add(id + " no está disponible en " + m.slot());
                }
                String session = sessionOfSlot.get(m.slot());
                if (!p.sessions().isEmpty() && !p.sessions().contains(session)) {
                    violations.add(id + " no asiste a la sesión de " + m.slot());
                }
            }
        }
    }

    // A request tied to a session is held in that session.
    private void requestSessionsAreRespected() {
        for (Meeting m : agenda.meetings()) {
            MeetingRequest r = requests.get(RuedaValidator.pair(m.a(), m.b()));
            if (r != null && r.session() != null && !r.session().equals(sessionOfSlot.get(m.slot()))) {
                violations.add("La reunión " + m.a() + "–" + m.b() + " debía ser en la sesión " + r.session());
            }
        }
    }

    // A participant with its own table meets there; other meetings use shared tables only.
    private void ownTablesAreUsedByTheirOwnersOnly() {
        for (Meeting m : agenda.meetings()) {
            Participant a = participants.get(m.a());
            Participant b = participants.get(m.b());
            if (a == null || b == null) {
                continue;
            }
            if (a.table() != null || b.table() != null) {
                if (!m.table().equals(a.table()) && !m.table().equals(b.table())) {
                    violations.add("La reunión " + m.a() + "–" + m.b() + " debía ser en una mesa propia, no en " + m.table());
                }
            } else if (ownerOfTable.containsKey(m.table())) {
                violations.add("La reunión " + m.a() + "–" + m.b() + " usa la mesa propia de " + ownerOfTable.get(m.table()));
            }
        }
    }

    // Nobody has more meetings than its maximum (or than there are slots).
    private void capsAreRespected() {
        Map<String, Integer> count = new HashMap<>();
        for (Meeting m : agenda.meetings()) {
            count.merge(m.a(), 1, Integer::sum);
            count.merge(m.b(), 1, Integer::sum);
        }
        count.forEach((id, n) -> {
            Participant p = participants.get(id);
            if (p != null && p.maxMeetings() != null && n > p.maxMeetings()) {
                violations.add(id + " tiene " + n + " reuniones y su máximo es " + p.maxMeetings());
            }
        });
    }

    // Locked meetings are in the agenda exactly as locked.
    private void locksAreKept() {
        for (LockedMeeting l : in.locked()) {
            Meeting m = meetingOfPair.get(RuedaValidator.pair(l.a(), l.b()));
            if (m == null || !m.slot().equals(l.slot()) || (l.table() != null && !l.table().equals(m.table()))) {
                violations.add("No se respetó el bloqueo " + l.a() + "–" + l.b() + " en " + l.slot());
            }
        }
    }

    // Every mandatory request is held.
    private void mandatoryRequestsAreScheduled() {
        for (MeetingRequest r : in.requests()) {
            if (r.mandatory() && !meetingOfPair.containsKey(RuedaValidator.pair(r.a(), r.b()))) {
                violations.add("Falta la reunión obligatoria " + r.a() + "–" + r.b());
            }
        }
    }

    // Every request is either a meeting or explained as unscheduled, never both.
    private void everyRequestIsAccountedFor() {
        Set<String> unscheduled = new HashSet<>();
        agenda.unscheduled().forEach(u -> unscheduled.add(RuedaValidator.pair(u.a(), u.b())));
        for (MeetingRequest r : in.requests()) {
            String key = RuedaValidator.pair(r.a(), r.b());
            boolean met = meetingOfPair.containsKey(key);
            boolean left = unscheduled.contains(key);
            if (met == left) {
                violations.add("La solicitud " + r.a() + "–" + r.b() + (met ? " aparece agendada y sin agendar" : " no aparece en la agenda"));
            }
        }
    }
}
