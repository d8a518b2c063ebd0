package co.encadena.matching.scheduling.solver;

import co.encadena.matching.scheduling.model.Role;

/**
 * The three objectives, measured on a solution given as {@code slotOf[r]} (slot index of request r, or -1 when
 * it is not scheduled).
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Objective 1: total weight of the scheduled requests. */
    public static long weight(Problem pb, int[] slotOf) {
        long w = 0;
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0) {
                w += pb.weight[r];
            }
        }
        return w;
    }

    public static int scheduled(int[] slotOf) {
        int n = 0;
        for (int s : slotOf) {
            if (s >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Meetings of each participant. */
    public static int[] meetingsPerParticipant(Problem pb, int[] slotOf) {
        int[] m = new int[pb.nP];
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0) {
                m[pb.ra[r]]++;
                m[pb.rb[r]]++;
            }
        }
        return m;
    }

    /** Suppliers that have at least one request: the ones the fairness floor is about. */
    public static boolean[] fairnessSubjects(Problem pb) {
        boolean[] subject = new boolean[pb.nP];
        for (int p = 0; p < pb.nP; p++) {
            subject[p] = pb.role[p] == Role.SUPPLIER && pb.requestsOf[p].length > 0;
        }
        return subject;
    }

    /** Objective 2, as one number: (suppliers with at least one meeting) * (n + 1) + (suppliers with two). */
    public static long fairness(Problem pb, int[] slotOf) {
        int[] m = meetingsPerParticipant(pb, slotOf);
        boolean[] subject = fairnessSubjects(pb);
        long n = 0;
        long ge1 = 0;
        long ge2 = 0;
        for (int p = 0; p < pb.nP; p++) {
            if (subject[p]) {
                n++;
                ge1 += m[p] >= 1 ? 1 : 0;
                ge2 += m[p] >= 2 ? 1 : 0;
            }
        }
        return ge1 * (n + 1) + ge2;
    }

    public static int suppliersWithMeetings(Problem pb, int[] slotOf) {
        int[] m = meetingsPerParticipant(pb, slotOf);
        boolean[] subject = fairnessSubjects(pb);
        int n = 0;
        for (int p = 0; p < pb.nP; p++) {
            if (subject[p] && m[p] > 0) {
                n++;
            }
        }
        return n;
    }

    /** Fewest meetings among suppliers with at least one request (0 when there is none). */
    public static int minMeetingsPerSupplier(Problem pb, int[] slotOf) {
        int[] m = meetingsPerParticipant(pb, slotOf);
        boolean[] subject = fairnessSubjects(pb);
        int min = Integer.MAX_VALUE;
        for (int p = 0; p < pb.nP; p++) {
            if (subject[p]) {
                min = Math.min(min, m[p]);
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /**
     * Objective 3: for each participant, the maximal runs of idle slots between two of its meetings, slots in
     * time order across the whole event (so a lunch break, which is no slot, is no gap).
     */
    public static int idleGaps(Problem pb, int[] slotOf) {
        boolean[][] busy = new boolean[pb.nP][pb.nT];
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0) {
                busy[pb.ra[r]][slotOf[r]] = true;
                busy[pb.rb[r]][slotOf[r]] = true;
            }
        }
        int gaps = 0;
        for (int p = 0; p < pb.nP; p++) {
            gaps += gaps(busy[p]);
        }
        return gaps;
    }

    /** Idle runs between meetings in one participant's row of busy slots. */
    public static int gaps(boolean[] busy) {
        int runs = 0;
        for (int t = 0; t < busy.length; t++) {
            if (busy[t] && (t == 0 || !busy[t - 1])) {
                runs++;
            }
        }
        return Math.max(0, runs - 1);
    }

    /** True when slotOf is a valid schedule: allowed slots, no double booking, caps, shared tables. */
    public static boolean feasible(Problem pb, int[] slotOf) {
        int[][] use = new int[pb.nP][pb.nT];
        int[] sharedUse = new int[pb.nT];
        int[] count = new int[pb.nP];
        for (int r = 0; r < pb.nR; r++) {
            int t = slotOf[r];
            if (t < 0) {
                if (pb.mandatory[r] || pb.lockSlot[r] >= 0) {
                    return false;
                }
                continue;
            }
            if (!pb.allowed[r][t] || ++use[pb.ra[r]][t] > 1 || ++use[pb.rb[r]][t] > 1
                    || ++count[pb.ra[r]] > pb.cap[pb.ra[r]] || ++count[pb.rb[r]] > pb.cap[pb.rb[r]]) {
                return false;
            }
            if (pb.shared[r] && ++sharedUse[t] > pb.sharedTables()) {
                return false;
            }
        }
        return true;
    }
}
