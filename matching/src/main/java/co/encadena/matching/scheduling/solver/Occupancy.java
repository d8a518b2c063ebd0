package co.encadena.matching.scheduling.solver;

/** Who is busy when, how many meetings each participant has, and how many shared tables each slot uses. */
final class Occupancy {
    private final Problem pb;
    final boolean[][] busy;
    final int[] count;
    final int[] sharedUse;

    Occupancy(Problem pb, int[] slotOf) {
        this.pb = pb;
        busy = new boolean[pb.nP][pb.nT];
        count = new int[pb.nP];
        sharedUse = new int[pb.nT];
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0) {
                add(r, slotOf[r]);
            }
        }
    }

    boolean capReached(int p) {
        return count[p] >= pb.cap[p];
    }

    boolean bothFree(int r, int t) {
        return !busy[pb.ra[r]][t] && !busy[pb.rb[r]][t];
    }

    boolean tableFree(int r, int t) {
        return !pb.shared[r] || sharedUse[t] < pb.sharedTables();
    }

    boolean fits(int r, int t) {
        return pb.allowed[r][t] && bothFree(r, t) && tableFree(r, t);
    }

    void add(int r, int t) {
        busy[pb.ra[r]][t] = true;
        busy[pb.rb[r]][t] = true;
        count[pb.ra[r]]++;
        count[pb.rb[r]]++;
        if (pb.shared[r]) {
            sharedUse[t]++;
        }
    }

    void remove(int r, int t) {
        busy[pb.ra[r]][t] = false;
        busy[pb.rb[r]][t] = false;
        count[pb.ra[r]]--;
        count[pb.rb[r]]--;
        if (pb.shared[r]) {
            sharedUse[t]--;
        }
    }

    /** How many of r's participants are busy right before or after t (placing r there closes or avoids gaps). */
    int adjacency(int r, int t) {
        int score = 0;
        for (int p : new int[] {pb.ra[r], pb.rb[r]}) {
            if (t > 0 && busy[p][t - 1]) {
                score++;
            }
            if (t + 1 < pb.nT && busy[p][t + 1]) {
                score++;
            }
        }
        return score;
    }
}
