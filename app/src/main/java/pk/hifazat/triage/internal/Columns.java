package pk.hifazat.triage.internal;

import java.lang.reflect.Array;
import java.util.List;

/**
 * Rows turned into one array a column, for an INSERT over {@code unnest(?::uuid[], ?::text[], ...)}:
 * a batch costs one statement, not one a row. Each array is of its column's values' class (String
 * where all are null: the SQL casts it); the driver sends UUID, String, Integer and Boolean arrays.
 */
final class Columns {

    private Columns() {
    }

    static Object[] of(List<Object[]> rows) {
        int width = rows.isEmpty() ? 0 : rows.getFirst().length;
        Object[] columns = new Object[width];
        for (int c = 0; c < width; c++) {
            Class<?> type = String.class;
            for (Object[] row : rows) {
                if (row[c] != null) {
                    type = row[c].getClass();
                    break;
                }
            }
            Object column = Array.newInstance(type, rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Array.set(column, r, rows.get(r)[c]);
            }
            columns[c] = column;
        }
        return columns;
    }
}
