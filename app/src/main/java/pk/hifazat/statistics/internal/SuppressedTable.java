package pk.hifazat.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts made safe to publish. Every count from 1 to {@code threshold - 1} is withheld
 * (primary suppression, shown as "&lt;5"). Then, as long as a row or column (totals included) would
 * let a reader work out a withheld cell — its total minus its visible cells leaves that cell only one
 * possible value, knowing each "&lt;5" is 1–4 and each other withheld cell at least 5 — the smallest
 * visible non-zero cell of that line is withheld too (secondary suppression, shown as "x"); a line
 * with none left withholds its total. Zeros are always shown: an empty cell is not a child.
 *
 * <p>Cells are addressed on a grid with the totals: row {@code rows} is the totals row, column
 * {@code columns} the totals column (when the table has totals).
 */
final class SuppressedTable {

    enum Mark { SHOWN, PRIMARY, SECONDARY }

    private final long[][] grid;
    private final Mark[][] marks;
    private final int rows;
    private final int columns;
    private final boolean totals;
    private final int threshold;

    SuppressedTable(long[][] cells, boolean totals, int threshold) {
        this.rows = cells.length;
        this.columns = rows == 0 ? 0 : cells[0].length;
        this.totals = totals;
        this.threshold = threshold;
        int height = totals ? rows + 1 : rows;
        int width = totals ? columns + 1 : columns;
        grid = new long[height][width];
        marks = new Mark[height][width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = cells[r][c];
                if (totals) {
                    grid[r][columns] += cells[r][c];
                    grid[rows][c] += cells[r][c];
                    grid[rows][columns] += cells[r][c];
                }
            }
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                marks[r][c] = grid[r][c] > 0 && grid[r][c] < threshold ? Mark.PRIMARY : Mark.SHOWN;
            }
        }
        if (totals) {
            protect();
        }
    }

    long value(int row, int column) {
        return grid[row][column];
    }

    Mark mark(int row, int column) {
        return marks[row][column];
    }

    int height() {
        return grid.length;
    }

    int width() {
        return height() == 0 ? 0 : grid[0].length;
    }

    /** What a reader sees in a cell. */
    String shown(int row, int column) {
        return switch (marks[row][column]) {
            case SHOWN -> String.valueOf(grid[row][column]);
            case PRIMARY -> "<" + threshold;
            case SECONDARY -> "x";
        };
    }

    /** Every line of the grid: each row and each column, its members then its total last. */
    List<int[][]> lines() {
        List<int[][]> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            int[][] line = new int[columns + 1][];
            for (int c = 0; c <= columns; c++) {
                line[c] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int c = 0; c <= columns; c++) {
            int[][] line = new int[rows + 1][];
            for (int r = 0; r <= rows; r++) {
                line[r] = new int[] {r, c};
            }
            lines.add(line);
        }
        return lines;
    }

    private void protect() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines()) {
                if (revealsACell(line)) {
                    withholdNextSmallest(line);
                    changed = true;
                }
            }
        }
    }

    private void withholdNextSmallest(int[][] line) {
        int[] smallest = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            if (marks[cell[0]][cell[1]] == Mark.SHOWN && grid[cell[0]][cell[1]] > 0
                    && (smallest == null || grid[cell[0]][cell[1]] < grid[smallest[0]][smallest[1]])) {
                smallest = cell;
            }
        }
        int[] chosen = smallest == null ? line[line.length - 1] : smallest;
        marks[chosen[0]][chosen[1]] = Mark.SECONDARY;
    }

    /**
     * Whether the line's visible total and visible members leave a withheld member one possible value,
     * or its withheld total is the sum of members all shown.
     */
    private boolean revealsACell(int[][] line) {
        int[] total = line[line.length - 1];
        List<int[]> hidden = new ArrayList<>();
        long rest = grid[total[0]][total[1]];
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            if (marks[cell[0]][cell[1]] == Mark.SHOWN) {
                rest -= grid[cell[0]][cell[1]];
            } else {
                hidden.add(cell);
            }
        }
        if (marks[total[0]][total[1]] != Mark.SHOWN) {
            return hidden.isEmpty() && grid[total[0]][total[1]] > 0;
        }
        for (int[] cell : hidden) {
            long lowOthers = 0;
            long highOthers = 0;
            for (int[] other : hidden) {
                if (other != cell) {
                    lowOthers += low(other);
                    highOthers = highOthers == Long.MAX_VALUE || high(other) == Long.MAX_VALUE ? Long.MAX_VALUE
                            : highOthers + high(other);
                }
            }
            long least = Math.max(low(cell), highOthers == Long.MAX_VALUE ? Long.MIN_VALUE : rest - highOthers);
            long most = Math.min(high(cell), rest - lowOthers);
            if (least >= most) {
                return true;
            }
        }
        return false;
    }

    private long low(int[] cell) {
        return marks[cell[0]][cell[1]] == Mark.PRIMARY ? 1 : threshold;
    }

    private long high(int[] cell) {
        return marks[cell[0]][cell[1]] == Mark.PRIMARY ? threshold - 1 : Long.MAX_VALUE;
    }
}
