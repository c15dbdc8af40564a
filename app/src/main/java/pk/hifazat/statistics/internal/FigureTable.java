package pk.hifazat.statistics.internal;

import java.util.List;

/**
 * One table of figures, as a page shows it beside its chart, as CSV and as JSON: rows with a stable
 * key and a label in the reader's language, one count per column (a measure).
 *
 * @param chart how the page draws it: "line", "bar" or "none"
 */
record FigureTable(String id, String chart, List<Column> columns, List<Row> rows) {

    /** A column: what it counts, by key (a measure, a priority…), and its heading. */
    record Column(String key, String label) {
    }

    record Row(String key, String label, List<Long> values) {
    }

    FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
