package pk.hifazat.statistics.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of statistics_count for a selection: one indexed range per measure, whatever the number of
 * reports behind it.
 */
@Repository
class CountQueries {

    /** How sums are split: not at all, or by bucket, category, district or stretch of time. */
    enum By {
        NOTHING("''"), BUCKET("bucket"), CATEGORY("category"), DISTRICT("district_code"),
        DISTRICT_AND_CATEGORY("district_code || '|' || category"),
        DISTRICT_AND_BUCKET("district_code || '|' || bucket"),
        DAY("day::text"), MONTH("date_trunc('month', day)::date::text"), YEAR("date_trunc('year', day)::date::text");

        private final String column;

        By(String column) {
            this.column = column;
        }

        static By of(Grain grain) {
            return valueOf(grain.name());
        }
    }

    /** A sum: the measure, the key it was split by ('' for none), the count. */
    record Sum(Measure measure, String key, long n) {
    }

    private final JdbcClient jdbc;

    CountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sum> sums(Selection selection, Collection<Measure> measures, String dimension, By by) {
        StringBuilder sql = new StringBuilder("SELECT measure, ").append(by.column).append(", sum(n) FROM statistics_count ")
                .append("WHERE measure = ANY(?) AND dimension = ? AND day BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(measures.stream().map(Enum::name).toArray(String[]::new), dimension,
                Date.valueOf(selection.from()), Date.valueOf(selection.to())));
        if (selection.districts() != null) {
            sql.append(" AND district_code = ANY(?)");
            params.add(selection.districts().toArray(String[]::new));
        }
        if (selection.category() != null) {
            sql.append(" AND category = ?");
            params.add(selection.category().name());
        }
        sql.append(" GROUP BY 1, 2 HAVING sum(n) <> 0");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Sum(Measure.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3))).list();
    }

    /** The sums as a map from key to one count per measure, in the order of {@code measures}. */
    static Map<String, long[]> byKey(List<Sum> sums, List<Measure> measures) {
        Map<String, long[]> table = new LinkedHashMap<>();
        for (Sum sum : sums) {
            table.computeIfAbsent(sum.key(), k -> new long[measures.size()])[measures.indexOf(sum.measure())] += sum.n();
        }
        return table;
    }

    /** Sums of each measure over everything before a day (for backlogs), in the same districts and category. */
    Map<Measure, Long> before(Selection selection, Collection<Measure> measures) {
        var earlier = new Selection(java.time.LocalDate.of(1900, 1, 1), selection.from().minusDays(1), selection.districts(),
                selection.category(), selection.grain());
        Map<Measure, Long> found = new LinkedHashMap<>();
        sums(earlier, measures, "TOTAL", By.NOTHING).forEach(s -> found.merge(s.measure(), s.n(), Long::sum));
        return found;
    }
}
