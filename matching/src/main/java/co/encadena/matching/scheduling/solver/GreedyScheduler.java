package co.encadena.matching.scheduling.solver;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Greedy placements: the first-come-first-served baseline that self-booking tools produce, the warm start
 * handed to CP-SAT, and the final "fill" pass that adds any request still fitting in a free slot.
 */
public final class GreedyScheduler {
    private GreedyScheduler() {
    }

    /**
     * The baseline: locks first, then requests in the order they arrived, each in the earliest slot where both
     * are free and a table is left, while both are under their caps.
     */
    public static int[] firstComeFirstServed(Problem pb) {
        int[] slotOf = locksOnly(pb);
        Occupancy occ = new Occupancy(pb, slotOf);
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0 || occ.capReached(pb.ra[r]) || occ.capReached(pb.rb[r])) {
                continue;
            }
            for (int t = 0; t < pb.nT; t++) {
                if (occ.fits(r, t)) {
                    slotOf[r] = t;
                    occ.add(r, t);
                    break;
                }
            }
        }
        return slotOf;
    }

    /**
     * Warm start: locks, then the requests in {@code preferred} (mandatory first, the most constrained first),
     * then the rest by weight, each in the free slot that touches most of its participants' meetings.
     */
    public static int[] warmStart(Problem pb, boolean[] preferred) {
        int[] slotOf = locksOnly(pb);
        Occupancy occ = new Occupancy(pb, slotOf);
        int[] allowedCount = IntStream.range(0, pb.nR).map(pb::allowedCount).toArray();
        Integer[] order = IntStream.range(0, pb.nR).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(r -> pb.mandatory[r] ? 0 : 1)
                .thenComparingInt(r -> preferred != null && preferred[r] ? 0 : 1)
                .thenComparingLong(r -> -pb.weight[r])
                .thenComparingInt(r -> allowedCount[r]));
        for (int r : order) {
            if (slotOf[r] < 0) {
                placeBest(pb, occ, slotOf, r);
            }
        }
        return slotOf;
    }

    /** Adds, by decreasing weight, every unscheduled request that still fits. Returns how many were added. */
    public static int fill(Problem pb, int[] slotOf) {
        Occupancy occ = new Occupancy(pb, slotOf);
        Integer[] order = IntStream.range(0, pb.nR).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(r -> -pb.weight[r]));
        int added = 0;
        for (int r : order) {
            if (slotOf[r] < 0 && placeBest(pb, occ, slotOf, r)) {
                added++;
            }
        }
        return added;
    }

    private static boolean placeBest(Problem pb, Occupancy occ, int[] slotOf, int r) {
        if (occ.capReached(pb.ra[r]) || occ.capReached(pb.rb[r])) {
            return false;
        }
        int best = -1;
        int bestScore = -1;
        for (int t = 0; t < pb.nT; t++) {
            if (occ.fits(r, t)) {
                int score = occ.adjacency(r, t);
                if (score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        slotOf[r] = best;
        occ.add(r, best);
        return true;
    }

    static int[] locksOnly(Problem pb) {
        int[] slotOf = new int[pb.nR];
        for (int r = 0; r < pb.nR; r++) {
            slotOf[r] = pb.lockSlot[r];
        }
        return slotOf;
    }
}
