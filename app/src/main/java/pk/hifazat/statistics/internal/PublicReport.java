package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The public report of a year: national figures down to districts and no further, every small
 * count withheld. Its cells are text as published ("12", "&lt;5", "x").
 */
record PublicReport(int year, LocalDate from, LocalDate to, int threshold, List<Table> tables) {

    /**
     * @param title   the table's heading, in the reader's language
     * @param columns the column headings, the totals column last when the table has totals
     * @param rows    each row's label then its cells; the totals row last when the table has totals
     */
    record Table(String id, String title, List<String> columns, List<Row> rows) {
    }

    record Row(String label, List<String> cells) {
    }
}
