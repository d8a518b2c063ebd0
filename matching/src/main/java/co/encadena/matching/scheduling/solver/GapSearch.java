package co.encadena.matching.scheduling.solver;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Simulated annealing on the slots of an already chosen set of meetings, to cut idle gaps (objective 3)
 * without touching objectives 1 and 2: the meetings stay the same, only their slots move. A move swaps the
 * two slots of a Kempe chain — the meetings linked through shared participants across two slots — which keeps
 * everyone single-booked; it is taken only if every moved meeting may be held in its new slot and the shared
 * tables still suffice. The cost per participant is {@code 10 × gaps + idle slots inside its day}, the second
 * term guiding the search towards compact days. Fast enough for a hundred thousand moves a second, it does
 * most of the polishing; CP-SAT then tries to improve or prove the result.
 */
public final class GapSearch {
    private static final int GAP_COST = 10;
    private static final int MAX_CHAIN = 16;
    private static final int MAX_IDLE_ROUNDS = 15;
    private static final long ROUND_FACTOR = 500;
    private static final double T0 = 4.0;

    private final Problem pb;
    private final int[] slot;
    private final int[][] at;
    private final int[] sharedUse;
    private final int[] cost;
    private final int[] gaps;
    private final SplittableRandom random;
    private final int[][] meetingsOf;
    private int totalCost;
    private int totalGaps;

    private GapSearch(Problem pb, int[] slotOf, long seed) {
        this.pb = pb;
        this.slot = slotOf.clone();
        this.at = new int[pb.nP][pb.nT];
        this.sharedUse = new int[pb.nT];
        this.cost = new int[pb.nP];
        this.gaps = new int[pb.nP];
        this.random = new SplittableRandom(seed);
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        int[] n = new int[pb.nP];
        for (int r = 0; r < pb.nR; r++) {
            if (slot[r] >= 0) {
                at[pb.ra[r]][slot[r]] = r;
                at[pb.rb[r]][slot[r]] = r;
                n[pb.ra[r]]++;
                n[pb.rb[r]]++;
                sharedUse[slot[r]] += pb.shared[r] ? 1 : 0;
            }
        }
        meetingsOf = new int[pb.nP][];
        for (int p = 0; p < pb.nP; p++) {
            meetingsOf[p] = new int[n[p]];
            int i = 0;
            for (int r : pb.requestsOf[p]) {
                if (slot[r] >= 0) {
                    meetingsOf[p][i++] = r;
                }
            }
            rescore(p);
            totalCost += cost[p];
            totalGaps += gaps[p];
        }
    }

    /**
     * A schedule with the same meetings and at most as many idle gaps as {@code slotOf}.
     *
     * @param seconds time budget
     */
    public static int[] improve(Problem pb, int[] slotOf, double seconds, long seed) {
        // Independent restarts from the given schedule: annealing runs vary a lot, the best of several is steadier.
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int[] best = slotOf;
        int bestGaps = Evaluation.idleGaps(pb, slotOf);
        for (long run = 0; bestGaps > 0; run++) {
            double left = (end - System.nanoTime()) / 1e9;
            if (left <= 0.01) {
                break;
            }
            int[] candidate = new GapSearch(pb, slotOf, seed + run).anneal(left);
            int gaps = Evaluation.idleGaps(pb, candidate);
            if (gaps < bestGaps) {
                best = candidate;
                bestGaps = gaps;
            }
        }
        return best;
    }

    private void rescore(int p) {
        int first = -1;
        int last = -1;
        int runs = 0;
        int busyCount = 0;
        int[] row = at[p];
        for (int t = 0; t < row.length; t++) {
            if (row[t] >= 0) {
                busyCount++;
                if (first < 0) {
                    first = t;
                }
                last = t;
                if (t == 0 || row[t - 1] < 0) {
                    runs++;
                }
            }
        }
        gaps[p] = Math.max(0, runs - 1);
        int idle = first < 0 ? 0 : last - first + 1 - busyCount;
        cost[p] = GAP_COST * gaps[p] + idle;
    }

    private int[] anneal(double seconds) {
        int[] best = slot.clone();
        int bestGaps = totalGaps;
        int bestCost = totalCost;
        if (totalGaps == 0 || pb.nT < 3) {
            return best;
        }
        long start = System.nanoTime();
        long budget = (long) (seconds * 1e9);
        int[] chain = new int[MAX_CHAIN];
        int[] touched = new int[2 * MAX_CHAIN];
        int[] before = new int[2 * MAX_CHAIN];
        int meetings = 0;
        for (int r = 0; r < pb.nR; r++) {
            meetings += slot[r] >= 0 ? 1 : 0;
        }
        // Rounds of annealing, each restarting from the best schedule; stop after MAX_IDLE_ROUNDS rounds that found nothing.
        long roundLength = Math.max(50_000L, ROUND_FACTOR * meetings);
        double temperature = 2.0;
        long iterations = 0;
        long roundStart = 0;
        boolean improvedThisRound = false;
        int idleRounds = 0;
        while (true) {
            if ((iterations & 255) == 0) {
                if (System.nanoTime() - start >= budget || bestGaps == 0) {
                    break;
                }
                long inRound = iterations - roundStart;
                if (inRound >= roundLength) {
                    idleRounds = improvedThisRound ? 0 : idleRounds + 1;
                    if (idleRounds >= MAX_IDLE_ROUNDS) {
                        break;
                    }
                    restore(best);
                    roundStart = iterations;
                    improvedThisRound = false;
                    inRound = 0;
                }
                temperature = T0 * Math.pow(0.02, (double) inRound / roundLength);
            }
            iterations++;
            int p = pickParticipant();
            if (p < 0) {
                break;
            }
            if (meetingsOf[p].length == 0) {
                continue;
            }
            int r0 = meetingsOf[p][random.nextInt(meetingsOf[p].length)];
            int t1 = slot[r0];
            int t2 = pickTarget(p, t1);
            if (t2 == t1 || t2 < 0) {
                continue;
            }
            int size = kempeChain(r0, t1, t2, chain);
            if (size < 0) {
                continue;
            }
            int nTouched = 0;
            for (int i = 0; i < size; i++) {
                nTouched = addTouched(touched, nTouched, pb.ra[chain[i]]);
                nTouched = addTouched(touched, nTouched, pb.rb[chain[i]]);
            }
            int oldCost = 0;
            int oldGaps = 0;
            for (int i = 0; i < nTouched; i++) {
                before[i] = cost[touched[i]];
                oldCost += cost[touched[i]];
                oldGaps += gaps[touched[i]];
            }
            swap(chain, size, t1, t2);
            int newCost = 0;
            int newGaps = 0;
            for (int i = 0; i < nTouched; i++) {
                rescore(touched[i]);
                newCost += cost[touched[i]];
                newGaps += gaps[touched[i]];
            }
            int delta = newCost - oldCost;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                totalCost += delta;
                totalGaps += newGaps - oldGaps;
                if (totalGaps < bestGaps || (totalGaps == bestGaps && totalCost < bestCost)) {
                    improvedThisRound |= totalGaps < bestGaps;
                    bestGaps = totalGaps;
                    bestCost = totalCost;
                    System.arraycopy(slot, 0, best, 0, slot.length);
                }
            } else {
                swap(chain, size, t2, t1);
                for (int i = 0; i < nTouched; i++) {
                    rescore(touched[i]);
                }
            }
        }
        return best;
    }

    private void restore(int[] target) {
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        Arrays.fill(sharedUse, 0);
        System.arraycopy(target, 0, slot, 0, slot.length);
        for (int r = 0; r < pb.nR; r++) {
            if (slot[r] >= 0) {
                at[pb.ra[r]][slot[r]] = r;
                at[pb.rb[r]][slot[r]] = r;
                sharedUse[slot[r]] += pb.shared[r] ? 1 : 0;
            }
        }
        totalCost = 0;
        totalGaps = 0;
        for (int p = 0; p < pb.nP; p++) {
            rescore(p);
            totalCost += cost[p];
            totalGaps += gaps[p];
        }
    }

    private int pickParticipant() {
        for (int tries = 0; tries < 20; tries++) {
            int p = random.nextInt(pb.nP);
            if (gaps[p] > 0 || (cost[p] > 0 && random.nextInt(4) == 0)) {
                return p;
            }
        }
        return random.nextInt(pb.nP);
    }

    // A slot next to the participant's other meetings most of the time, any slot otherwise.
    private int pickTarget(int p, int t1) {
        if (random.nextInt(3) > 0) {
            int[] row = at[p];
            int[] candidates = new int[pb.nT];
            int n = 0;
            for (int t = 0; t < pb.nT; t++) {
                if (t != t1 && row[t] < 0 && ((t > 0 && row[t - 1] >= 0 && t - 1 != t1)
                        || (t + 1 < pb.nT && row[t + 1] >= 0 && t + 1 != t1))) {
                    candidates[n++] = t;
                }
            }
            if (n > 0) {
                return candidates[random.nextInt(n)];
            }
        }
        return random.nextInt(pb.nT);
    }

    // The Kempe chain of r0 between slots t1 and t2, or -1 if it is too long or cannot be swapped.
    private int kempeChain(int r0, int t1, int t2, int[] chain) {
        int size = 0;
        chain[size++] = r0;
        for (int i = 0; i < size; i++) {
            int r = chain[i];
            int other = slot[r] == t1 ? t2 : t1;
            if (!pb.allowed[r][other]) {
                return -1;
            }
            for (int p : new int[] {pb.ra[r], pb.rb[r]}) {
                int m = at[p][other];
                if (m >= 0 && !contains(chain, size, m)) {
                    if (size == MAX_CHAIN) {
                        return -1;
                    }
                    chain[size++] = m;
                }
            }
        }
        int shared1 = sharedUse[t1];
        int shared2 = sharedUse[t2];
        for (int i = 0; i < size; i++) {
            int r = chain[i];
            if (pb.shared[r]) {
                if (slot[r] == t1) {
                    shared1--;
                    shared2++;
                } else {
                    shared2--;
                    shared1++;
                }
            }
        }
        int tables = pb.sharedTables();
        return shared1 <= tables && shared2 <= tables ? size : -1;
    }

    private void swap(int[] chain, int size, int t1, int t2) {
        for (int i = 0; i < size; i++) {
            int r = chain[i];
            int t = slot[r];
            if (at[pb.ra[r]][t] == r) {
                at[pb.ra[r]][t] = -1;
            }
            if (at[pb.rb[r]][t] == r) {
                at[pb.rb[r]][t] = -1;
            }
        }
        for (int i = 0; i < size; i++) {
            int r = chain[i];
            int from = slot[r];
            int to = from == t1 ? t2 : t1;
            slot[r] = to;
            at[pb.ra[r]][to] = r;
            at[pb.rb[r]][to] = r;
            if (pb.shared[r]) {
                sharedUse[from]--;
                sharedUse[to]++;
            }
        }
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static int addTouched(int[] touched, int n, int p) {
        for (int i = 0; i < n; i++) {
            if (touched[i] == p) {
                return n;
            }
        }
        touched[n] = p;
        return n + 1;
    }
}
