package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random ruedas exercising every feature: sessions, own tables, caps, unavailability, mandatory, locks. */
final class RandomRuedas {
    private RandomRuedas() {
    }

    /**
     * @param restricted when false: one session, no unavailability, no request sessions, no locks, and
     *                   anchor–supplier requests only (the exact core's case)
     */
    static RuedaInstance generate(Random rnd, int participants, int requests, int slots, boolean restricted) {
        int am = restricted && slots > 1 ? 1 + rnd.nextInt(slots - 1) : slots;
        List<String> a = new ArrayList<>();
        List<String> p = new ArrayList<>();
        List<Slot> slotList = new ArrayList<>();
        for (int t = 1; t <= slots; t++) {
            (t <= am ? a : p).add("s" + t);
            slotList.add(new Slot("s" + t, null, null));
        }
        List<Session> sessions = new ArrayList<>();
        sessions.add(new Session("AM", a));
        if (!p.isEmpty()) {
            sessions.add(new Session("PM", p));
        }
        List<Table> tables = new ArrayList<>();
        int shared = 1 + rnd.nextInt(Math.max(1, participants / 3));
        for (int i = 1; i <= shared; i++) {
            tables.add(new Table("M" + i, null));
        }
        List<Participant> people = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        List<String> suppliers = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            boolean anchor = i < Math.max(1, participants / 3);
            String id = (anchor ? "A" : "P") + i;
            String own = anchor && rnd.nextInt(3) == 0 ? "T" + i : null;
            if (own != null) {
                tables.add(new Table(own, null));
            }
            List<String> attends = restricted && sessions.size() > 1 && rnd.nextInt(4) == 0
                    ? List.of(sessions.get(rnd.nextInt(2)).id()) : null;
            List<String> unavailable = new ArrayList<>();
            if (restricted) {
                for (Slot s : slotList) {
                    if (rnd.nextInt(8) == 0) {
                        unavailable.add(s.id());
                    }
                }
            }
            Integer cap = rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(Math.max(1, slots));
            Role role = anchor ? Role.ANCHOR : rnd.nextInt(6) == 0 ? Role.ALLY : Role.SUPPLIER;
            people.add(new Participant(id, role, null, cap, own, attends, unavailable));
            (anchor ? anchors : suppliers).add(id);
        }
        List<MeetingRequest> list = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int tries = 0; tries < requests * 10 && list.size() < requests; tries++) {
            String x;
            String y;
            if (!restricted || rnd.nextInt(3) > 0) {
                x = anchors.get(rnd.nextInt(anchors.size()));
                y = suppliers.isEmpty() ? anchors.get(rnd.nextInt(anchors.size())) : suppliers.get(rnd.nextInt(suppliers.size()));
            } else {
                x = people.get(rnd.nextInt(participants)).id();
                y = people.get(rnd.nextInt(participants)).id();
            }
            if (x.equals(y) || !pairs.add(x.compareTo(y) < 0 ? x + y : y + x)) {
                continue;
            }
            String session = restricted && sessions.size() > 1 && rnd.nextInt(6) == 0 ? sessions.get(rnd.nextInt(2)).id() : null;
            boolean mandatory = restricted && rnd.nextInt(10) == 0;
            list.add(new MeetingRequest(x, y, "BOTH", 1 + rnd.nextInt(3), mandatory, session));
        }
        List<LockedMeeting> locks = new ArrayList<>();
        if (restricted && !list.isEmpty() && rnd.nextInt(3) == 0) {
            MeetingRequest r = list.get(rnd.nextInt(list.size()));
            locks.add(new LockedMeeting(r.a(), r.b(), slotList.get(rnd.nextInt(slots)).id(), null));
        }
        return new RuedaInstance("aleatoria", null, sessions, slotList, tables, people, list, locks);
    }
}
