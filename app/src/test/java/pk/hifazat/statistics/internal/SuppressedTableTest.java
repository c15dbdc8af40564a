package pk.hifazat.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pk.hifazat.statistics.internal.SuppressedTable.Mark;

class SuppressedTableTest {

    @Test
    void showsEveryCountFromOneToFourAsLessThanFiveAndZerosAsThey() {
        SuppressedTable table = new SuppressedTable(new long[][] {{0, 4, 1, 5}}, false, 5);

        assertThat(List.of(table.shown(0, 0), table.shown(0, 1), table.shown(0, 2), table.shown(0, 3)))
                .containsExactly("0", "<5", "<5", "5");
    }

    @Test
    void withholdsTheNextSmallestCellsUntilNoTotalGivesASmallCellAway() {
        long[][] cells = {
                {10, 3, 12},
                {8, 9, 7},
                {0, 6, 20}};

        SuppressedTable table = new SuppressedTable(cells, true, 5);

        assertThat(table.mark(0, 1)).isEqualTo(Mark.PRIMARY);
        assertThat(table.mark(0, 0)).as("row 1's next smallest").isEqualTo(Mark.SECONDARY);
        assertThat(table.mark(2, 1)).as("column B's next smallest").isEqualTo(Mark.SECONDARY);
        assertThat(table.mark(1, 0)).as("column A's next smallest").isEqualTo(Mark.SECONDARY);
        assertThat(table.mark(1, 2)).as("then row 2's").isEqualTo(Mark.SECONDARY);
        assertThat(table.mark(2, 2)).as("then row 3's").isEqualTo(Mark.SECONDARY);
        assertThat(table.shown(2, 0)).as("a zero is never withheld").isEqualTo("0");
        assertThat(table.shown(3, 3)).as("the grand total").isEqualTo("75");
        assertThat(revealed(table)).isEmpty();
    }

    @Test
    void aTotalOfOnlySmallCountsIsShownWhenItCannotPinAnyOfThem() {
        SuppressedTable table = new SuppressedTable(new long[][] {{1}, {1}, {3}, {1}, {1}}, true, 5);

        assertThat(table.shown(5, 0)).isEqualTo("7");
        assertThat(revealed(table)).isEmpty();
    }

    @Test
    void twoOnesBesideAShownTotalAreBothWithheldFurther() {
        // 1 + 1 = 2 beside a total: a reader would know both are 1.
        SuppressedTable table = new SuppressedTable(new long[][] {{1, 1, 9, 12}}, true, 5);

        assertThat(table.mark(0, 2)).isEqualTo(Mark.SECONDARY);
        assertThat(revealed(table)).isEmpty();
    }

    @Test
    void noRowOrColumnOfManyRandomTablesLetsAReaderWorkOutAWithheldCell() {
        Random random = new Random(16);
        for (int n = 0; n < 300; n++) {
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(4);
            long[][] cells = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(14);
                }
            }
            SuppressedTable table = new SuppressedTable(cells, true, 5);
            assertThat(revealed(table)).as("table %d", n).isEmpty();
        }
    }

    /**
     * Tries what a reader can: for each row and column whose total is shown, every combination of
     * values the withheld cells could hold ("&lt;5" is 1–4, "x" is at least 5) that adds up to the
     * total; a withheld cell with only one possible value is revealed. A withheld total beside only
     * shown cells is revealed too. Returns the revealed cells.
     */
    static List<String> revealed(SuppressedTable table) {
        List<String> found = new ArrayList<>();
        for (int[][] line : table.lines()) {
            int[] total = line[line.length - 1];
            List<int[]> hidden = new ArrayList<>();
            long rest = table.value(total[0], total[1]);
            for (int i = 0; i < line.length - 1; i++) {
                if (table.mark(line[i][0], line[i][1]) == Mark.SHOWN) {
                    rest -= table.value(line[i][0], line[i][1]);
                } else {
                    hidden.add(line[i]);
                }
            }
            if (table.mark(total[0], total[1]) != Mark.SHOWN) {
                if (hidden.isEmpty() && table.value(total[0], total[1]) > 0) {
                    found.add("total " + total[0] + "," + total[1]);
                }
                continue;
            }
            List<Set<Long>> possible = new ArrayList<>();
            hidden.forEach(h -> possible.add(new HashSet<>()));
            try_(table, hidden, 0, rest, new long[hidden.size()], possible);
            for (int i = 0; i < hidden.size(); i++) {
                if (possible.get(i).size() < 2) {
                    found.add(hidden.get(i)[0] + "," + hidden.get(i)[1] + " can only be " + possible.get(i));
                }
            }
        }
        return found;
    }

    private static void try_(SuppressedTable table, List<int[]> hidden, int at, long rest, long[] chosen,
                             List<Set<Long>> possible) {
        if (at == hidden.size()) {
            if (rest == 0) {
                for (int i = 0; i < chosen.length; i++) {
                    possible.get(i).add(chosen[i]);
                }
            }
            return;
        }
        boolean small = table.mark(hidden.get(at)[0], hidden.get(at)[1]) == Mark.PRIMARY;
        long low = small ? 1 : 5;
        long high = small ? 4 : rest;
        for (long v = low; v <= high && v <= rest; v++) {
            chosen[at] = v;
            try_(table, hidden, at + 1, rest - v, chosen, possible);
        }
    }
}
