package co.encadena.matching.scheduling.solver;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Splits the participants of the request graph into two sides so that every request joins the two sides and
 * every participant with a table of its own is on the left. Then a request needs a shared table exactly when
 * its left participant has no table, which lets one flow arc bound all shared-table meetings.
 */
public final class Bipartition {
    public static final int LEFT = 0;
    public static final int RIGHT = 1;
    public static final int NONE = -1;

    private Bipartition() {
    }

    /**
     * Sides of the participants (NONE for those without requests), or null when the request graph has an odd
     * cycle or a connected component has table owners on both sides.
     */
    public static int[] of(Problem pb) {
        int[] side = new int[pb.nP];
        Arrays.fill(side, NONE);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] component = new int[pb.nP];
        for (int start = 0; start < pb.nP; start++) {
            if (side[start] != NONE || pb.requestsOf[start].length == 0) {
                continue;
            }
            side[start] = LEFT;
            queue.add(start);
            int ownersLeft = 0;
            int ownersRight = 0;
            int size = 0;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                component[size++] = p;
                if (pb.ownTable[p] >= 0) {
                    if (side[p] == LEFT) {
                        ownersLeft++;
                    } else {
                        ownersRight++;
                    }
                }
                for (int r : pb.requestsOf[p]) {
                    int q = pb.other(r, p);
                    if (side[q] == NONE) {
                        side[q] = 1 - side[p];
                        queue.add(q);
                    } else if (side[q] == side[p]) {
                        return null;
                    }
                }
            }
            if (ownersLeft > 0 && ownersRight > 0) {
                return null;
            }
            if (ownersRight > 0 || (ownersLeft == 0 && anchorsRight(pb, side, component, size))) {
                for (int i = 0; i < size; i++) {
                    side[component[i]] = 1 - side[component[i]];
                }
            }
        }
        return side;
    }

    // Cosmetic: keep anchors on the left when nobody owns a table, so the two sides read "anchors | suppliers".
    private static boolean anchorsRight(Problem pb, int[] side, int[] component, int size) {
        int left = 0;
        int right = 0;
        for (int i = 0; i < size; i++) {
            if (pb.role[component[i]] == co.encadena.matching.scheduling.model.Role.ANCHOR) {
                if (side[component[i]] == LEFT) {
                    left++;
                } else {
                    right++;
                }
            }
        }
        return right > left;
    }
}
