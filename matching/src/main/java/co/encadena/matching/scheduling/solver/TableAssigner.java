package co.encadena.matching.scheduling.solver;

import java.util.Arrays;

/**
 * Gives each scheduled meeting its table: the locked table if any, else the table of its participant who has
 * one, else a free shared table. Never fails on a schedule that respects the shared-table count per slot.
 */
public final class TableAssigner {
    private TableAssigner() {
    }

    /** Table index of each request (-1 when unscheduled). */
    public static int[] assign(Problem pb, int[] slotOf) {
        int[] tableOf = new int[pb.nR];
        Arrays.fill(tableOf, -1);
        boolean[][] used = new boolean[pb.nT][pb.tableId.length];
        for (int r = 0; r < pb.nR; r++) {
            if (slotOf[r] >= 0 && pb.lockTable[r] >= 0) {
                tableOf[r] = pb.lockTable[r];
                used[slotOf[r]][tableOf[r]] = true;
            }
        }
        for (int r = 0; r < pb.nR; r++) {
            int t = slotOf[r];
            if (t < 0 || tableOf[r] >= 0) {
                continue;
            }
            int own = pb.ownTable[pb.ra[r]] >= 0 ? pb.ownTable[pb.ra[r]] : pb.ownTable[pb.rb[r]];
            if (own >= 0) {
                tableOf[r] = own;
            } else {
                for (int table : pb.sharedTable) {
                    if (!used[t][table]) {
                        tableOf[r] = table;
                        break;
                    }
                }
                if (tableOf[r] < 0) {
                    throw new IllegalStateException("no shared table left in slot " + pb.slotId[t]);
                }
            }
            used[t][tableOf[r]] = true;
        }
        return tableOf;
    }
}
