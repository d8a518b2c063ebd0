package co.encadena.matching.scheduling.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spanish explanations: why a request is left out, and why the mandatory requests cannot all be held. */
public final class Reasons {
    private Reasons() {
    }

    /** Why each request is not in the agenda (null for the scheduled ones). */
    public static String[] unscheduled(Problem pb, int[] slotOf) {
        Occupancy occ = new Occupancy(pb, slotOf);
        String[] reasons = new String[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] < 0) {
                reasons[r] = unscheduled(pb, occ, r);
            }
        }
        return reasons;
    }

    private static String unscheduled(Problem pb, Occupancy occ, int r) {
        String a = pb.participantId[pb.ra[r]];
        String b = pb.participantId[pb.rb[r]];
        for (int p : new int[] {pb.ra[r], pb.rb[r]}) {
            if (occ.capReached(p)) {
                return pb.participantId[p] + " ya tiene " + occ.count[p] + " reuniones (máximo)";
            }
        }
        if (pb.allowedCount(r) == 0) {
            return a + " y " + b + " no coinciden en ningún horario disponible" + sessionNote(pb, r);
        }
        boolean commonFree = false;
        for (int t = 0; t < pb.nT; t++) {
            if (pb.allowed[r][t] && occ.bothFree(r, t)) {
                commonFree = true;
                if (occ.tableFree(r, t)) {
                    return "Cabe en " + pb.slotId[t] + " pero se dejó fuera para dar prioridad a reuniones de mayor peso";
                }
            }
        }
        if (!commonFree) {
            return a + " y " + b + " no tienen un horario libre en común" + sessionNote(pb, r);
        }
        return "No queda mesa libre en los horarios en que " + a + " y " + b + " están libres";
    }

    private static String sessionNote(Problem pb, int r) {
        return pb.requestSession[r] >= 0 ? " en la sesión " + pb.sessionId[pb.requestSession[r]] : "";
    }

    /** A reason the mandatory requests cannot all be held that is visible without solving, if any. */
    public static Optional<String> obviousInfeasibility(Problem pb) {
        List<String> found = new ArrayList<>();
        int[] mandatoryOf = new int[pb.nP];
        int sharedMandatory = 0;
        for (int r = 0; r < pb.nR; r++) {
            if (!pb.mandatory[r]) {
                continue;
            }
            mandatoryOf[pb.ra[r]]++;
            mandatoryOf[pb.rb[r]]++;
            sharedMandatory += pb.shared[r] ? 1 : 0;
            if (pb.allowedCount(r) == 0) {
                found.add("La reunión obligatoria " + pb.participantId[pb.ra[r]] + "–" + pb.participantId[pb.rb[r]]
                        + " no se puede agendar: no comparten ningún horario disponible" + sessionNote(pb, r));
            }
        }
        for (int p = 0; p < pb.nP; p++) {
            int slots = 0;
            for (int t = 0; t < pb.nT; t++) {
                slots += pb.available[p][t] ? 1 : 0;
            }
            int max = pb.instance.participants().get(p).maxMeetings() == null ? Integer.MAX_VALUE
                    : pb.instance.participants().get(p).maxMeetings();
            if (mandatoryOf[p] > max) {
                found.add(pb.participantId[p] + " tiene " + mandatoryOf[p] + " reuniones obligatorias y su máximo es " + max);
            } else if (mandatoryOf[p] > slots) {
                found.add(pb.participantId[p] + " tiene " + mandatoryOf[p] + " reuniones obligatorias pero solo "
                        + slots + " horarios disponibles");
            }
        }
        long capacity = (long) pb.sharedTables() * pb.nT;
        if (sharedMandatory > capacity) {
            found.add("Hay " + sharedMandatory + " reuniones obligatorias en mesas compartidas y solo caben " + capacity
                    + " (" + pb.sharedTables() + " mesas × " + pb.nT + " horarios)");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
    }

    /** The reason when the solver proved that the mandatory requests do not fit together. */
    public static String provenInfeasible(Problem pb) {
        int mandatory = 0;
        for (boolean m : pb.mandatory) {
            mandatory += m ? 1 : 0;
        }
        return obviousInfeasibility(pb).orElse("Las " + mandatory + " reuniones obligatorias"
                + (pb.instance.locked().isEmpty() ? "" : " y los " + pb.instance.locked().size() + " bloqueos")
                + " no caben juntas en la agenda: no hay forma de ubicarlas sin cruces de horario o de mesa ("
                + pb.nT + " horarios, " + pb.sharedTables() + " mesas compartidas)");
    }
}
