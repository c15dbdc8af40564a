package pk.hifazat.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
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

    /**
     * The sums of the measures over the selection. Whole months come from the monthly counts, the
     * days of a partial month at either end from the daily ones; a day-by-day split reads days only.
     */
    List<Sum> sums(Selection selection, Collection<Measure> measures, String dimension, By by) {
        LocalDate from = selection.from();
        LocalDate to = selection.to();
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (by == By.DAY || !firstMonth.isBefore(afterLastMonth)) {
            part(parts, params, "statistics_count", "day", from, to, selection, measures, dimension);
        } else {
            if (from.isBefore(firstMonth)) {
                part(parts, params, "statistics_count", "day", from, firstMonth.minusDays(1), selection, measures, dimension);
            }
            part(parts, params, "statistics_count_month", "month", firstMonth, afterLastMonth.minusDays(1), selection,
                    measures, dimension);
            if (!afterLastMonth.isAfter(to)) {
                part(parts, params, "statistics_count", "day", afterLastMonth, to, selection, measures, dimension);
            }
        }
        String sql = "SELECT measure, " + by.column + ", sum(n) FROM (" + String.join(" UNION ALL ", parts)
                + ") c GROUP BY 1, 2 HAVING sum(n) <> 0";
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Sum(Measure.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3))).list();
    }

    private static void part(List<String> parts, List<Object> params, String table, String period, LocalDate from,
                             LocalDate to, Selection selection, Collection<Measure> measures, String dimension) {
        StringBuilder sql = new StringBuilder("SELECT measure, ").append(period).append(" AS day, district_code, category, ")
                .append("bucket, n FROM ").append(table).append(" WHERE measure = ANY(?) AND dimension = ? AND ")
                .append(period).append(" BETWEEN ? AND ?");
        params.addAll(List.of(measures.stream().map(Enum::name).toArray(String[]::new), dimension, Date.valueOf(from),
                Date.valueOf(to)));
        if (selection.districts() != null) {
            sql.append(" AND district_code = ANY(?)");
            params.add(selection.districts().toArray(String[]::new));
        }
        if (selection.category() != null) {
            sql.append(" AND category = ?");
            params.add(selection.category().name());
        }
        parts.add(sql.toString());
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
        var earlier = new Selection(LocalDate.of(1900, 1, 1), selection.from().minusDays(1), selection.districts(),
                selection.category(), selection.grain());
        Map<Measure, Long> found = new LinkedHashMap<>();
        sums(earlier, measures, "TOTAL", By.NOTHING).forEach(s -> found.merge(s.measure(), s.n(), Long::sum));
        return found;
    }
}
