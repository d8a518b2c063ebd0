package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small builder for test ruedas: slots s1..sN (optionally split in AM/PM), tables, participants, requests. */
final class Ruedas {
    private final List<Session> sessions = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<MeetingRequest> requests = new ArrayList<>();
    private final List<LockedMeeting> locked = new ArrayList<>();

    static Ruedas slots(int n) {
        Ruedas r = new Ruedas();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add("s" + i);
            r.slots.add(new Slot("s" + i, null, null));
        }
        r.sessions.add(new Session("DIA", ids));
        return r;
    }

    /** Slots s1..s(am) in session AM and the rest in PM. */
    static Ruedas sessions(int am, int pm) {
        Ruedas r = new Ruedas();
        List<String> a = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (int i = 1; i <= am + pm; i++) {
            (i <= am ? a : p).add("s" + i);
            r.slots.add(new Slot("s" + i, null, null));
        }
        r.sessions.add(new Session("AM", a));
        r.sessions.add(new Session("PM", p));
        return r;
    }

    Ruedas sharedTables(int n) {
        for (int i = 1; i <= n; i++) {
            tables.add(new Table("M" + i, "Mesa " + i));
        }
        return this;
    }

    Ruedas anchor(String id, Integer max, String ownTable) {
        if (ownTable != null) {
            tables.add(new Table(ownTable, "Mesa de " + id));
        }
        participants.add(new Participant(id, Role.ANCHOR, null, max, ownTable, null, null));
        return this;
    }

    Ruedas supplier(String id, Integer max) {
        participants.add(new Participant(id, Role.SUPPLIER, null, max, null, null, null));
        return this;
    }

    Ruedas participant(Participant p) {
        participants.add(p);
        return this;
    }

    Ruedas request(String a, String b, long weight) {
        requests.add(new MeetingRequest(a, b, "BOTH", weight, false, null));
        return this;
    }

    Ruedas mandatory(String a, String b) {
        requests.add(new MeetingRequest(a, b, "ORGANIZER", 1, true, null));
        return this;
    }

    Ruedas request(MeetingRequest r) {
        requests.add(r);
        return this;
    }

    Ruedas lock(String a, String b, String slot, String table) {
        locked.add(new LockedMeeting(a, b, slot, table));
        return this;
    }

    RuedaInstance build() {
        return new RuedaInstance("prueba", "America/Bogota", sessions, slots, tables, participants, requests, locked);
    }

    static SchedulerOptions fast() {
        return SchedulerOptions.defaults().withTimeLimit(Duration.ofSeconds(5));
    }
}
