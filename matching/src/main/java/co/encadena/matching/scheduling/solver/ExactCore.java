package co.encadena.matching.scheduling.solver;

/**
 * The polynomial, exact scheduler for the common case: anchors on one side, suppliers on the other, no
 * availability limits, no sessions on requests and no locks. Then a set of meetings is schedulable iff every
 * participant is within its cap and the number of slots, and the meetings needing a shared table are at most
 * shared tables × slots — so the best set is a maximum-weight b-matching (min-cost flow, with the fairness
 * floor as a concave bonus on each supplier's first two meetings and mandatory requests worth more than all
 * the others together), and {@link KonigSlotting} always puts it into the slots.
 */
public final class ExactCore {
    /** The schedule, or null when the mandatory requests cannot all be held. */
    public record Result(int[] slotOf, boolean mandatoryFit) {
    }

    private ExactCore() {
    }

    /** Sides for the exact core, or null when it does not apply to this instance. */
    public static int[] applicableSides(Problem pb) {
        return pb.unrestricted() ? Bipartition.of(pb) : null;
    }

    public static Result solve(Problem pb, int[] side) {
        boolean[] subject = Evaluation.fairnessSubjects(pb);
        long n = 0;
        for (boolean s : subject) {
            n += s ? 1 : 0;
        }
        long optionalWeight = 0;
        long mandatoryCount = 0;
        for (int r = 0; r < pb.nR; r++) {
            if (pb.mandatory[r]) {
                mandatoryCount++;
            } else {
                optionalWeight += pb.weight[r];
            }
        }
        long mandatoryBonus = optionalWeight + 1;
        // fairness total is at most (n+1)n + n, so scaling weights by F keeps weight first
        long scale = (n + 1) * n + n + 1;
        double magnitude = ((double) optionalWeight + (double) mandatoryCount * (mandatoryBonus + maxWeight(pb)))
                * scale * (pb.nP + 4);
        if (magnitude > 1e18) {
            scale = 1; // cost scaling would overflow: give up the fairness tie-break, keep weight exact
            n = -1;
        }
        long[] gain = new long[pb.nR];
        boolean[] usable = new boolean[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            gain[r] = (pb.weight[r] + (pb.mandatory[r] ? mandatoryBonus : 0)) * scale;
            usable[r] = true;
        }
        BMatching matching = new BMatching(pb, side, usable, gain)
                .sharedBudget((long) pb.sharedTables() * pb.nT);
        if (n > 0) {
            long[] first = new long[pb.nP];
            long[] second = new long[pb.nP];
            for (int p = 0; p < pb.nP; p++) {
                if (subject[p]) {
                    first[p] = n + 1;
                    second[p] = 1;
                }
            }
            matching.bonuses(first, second);
        }
        boolean[] chosen = matching.solve().chosen();
        for (int r = 0; r < pb.nR; r++) {
            if (pb.mandatory[r] && !chosen[r]) {
                return new Result(null, false);
            }
        }
        return new Result(KonigSlotting.assign(pb, side, chosen), true);
    }

    private static long maxWeight(Problem pb) {
        long m = 0;
        for (long w : pb.weight) {
            m = Math.max(m, w);
        }
        return m;
    }
}
