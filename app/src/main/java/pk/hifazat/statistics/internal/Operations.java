package pk.hifazat.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import pk.hifazat.cases.OverdueTasks;
import pk.hifazat.cooperation.OverdueRequests;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.statistics.internal.CountQueries.By;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * A supervisor's figures: reports per unit and priority, how long work takes (median and 90th
 * percentile), and the backlog of open cases over time.
 */
@Service
class Operations {

    private final CountQueries counts;
    private final Labels labels;
    private final Units units;
    private final JdbcClient jdbc;
    private final OverdueTasks overdue;
    private final OverdueRequests overdueRequests;

    Operations(CountQueries counts, Labels labels, Units units, JdbcClient jdbc, OverdueTasks overdue,
               OverdueRequests overdueRequests) {
        this.overdueRequests = overdueRequests;
        this.counts = counts;
        this.labels = labels;
        this.units = units;
        this.jdbc = jdbc;
        this.overdue = overdue;
    }

    List<FigureTable> figures(Selection selection, Locale locale) {
        List<FigureTable> figures = new ArrayList<>(List.of(reportsPerUnit(selection, locale)));
        figures.addAll(waitsAndBacklog(selection, locale));
        figures.add(overdueNow(selection, locale));
        return figures;
    }

    /**
     * Case tasks and requests abroad overdue today, by district unit, within the selection's
     * districts (a snapshot: the period does not apply).
     */
    private FigureTable overdueNow(Selection selection, Locale locale) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(SelectionRequests.PAKISTAN);
        addOverdue(overdue.byDistrict(today), 0, selection, locale, rows, names);
        addOverdue(overdueRequests.byDistrict(today), 1, selection, locale, rows, names);
        return new FigureTable("overdue", "none",
                List.of(new FigureTable.Column("TASKS", labels.message("statistics.overdue.tasks", locale)),
                        new FigureTable.Column("REQUESTS", labels.message("statistics.overdue.requests", locale))),
                rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> Dashboards.row(e.getKey(), names.get(e.getKey()), e.getValue(), 2)).toList());
    }

    private void addOverdue(Map<DistrictCode, Long> byDistrict, int column, Selection selection, Locale locale,
                            Map<String, long[]> rows, Map<String, String> names) {
        byDistrict.forEach((district, n) -> {
            if (selection.districts() == null || selection.districts().contains(district.value())) {
                Unit unit = units.districtUnitOf(district).orElse(null);
                String code = unit == null ? "UNKNOWN" : unit.code();
                names.putIfAbsent(code, unit == null ? labels.message("statistics.unit.none", locale) : unit.name().in(locale));
                rows.computeIfAbsent(code, k -> new long[2])[column] += n;
            }
        });
    }

    /** The figures that need no unit register. */
    List<FigureTable> waitsAndBacklog(Selection selection, Locale locale) {
        return List.of(timings(selection, locale), backlog(selection, locale));
    }

    /** Reports by the district unit that answers for their district, and priority. */
    private FigureTable reportsPerUnit(Selection selection, Locale locale) {
        List<String> priorities = Dashboards.PRIORITIES;
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CountQueries.Sum sum : counts.sums(selection, List.of(Measure.REPORTS), "PRIORITY", By.DISTRICT_AND_BUCKET)) {
            String[] key = sum.key().split("\\|", 2);
            Unit unit = key[0].isEmpty() ? null : units.districtUnitOf(new DistrictCode(key[0])).orElse(null);
            String code = unit == null ? "UNKNOWN" : unit.code();
            names.putIfAbsent(code, unit == null ? labels.message("statistics.unit.none", locale) : unit.name().in(locale));
            rows.computeIfAbsent(code, k -> new long[priorities.size()])[Math.max(0, priorities.indexOf(key[1]))] += sum.n();
        }
        List<FigureTable.Row> table = rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Dashboards.row(e.getKey(), names.get(e.getKey()), e.getValue(), priorities.size())).toList();
        return new FigureTable("units", "bar", priorities.stream()
                .map(p -> new FigureTable.Column(p, labels.bucket(p, locale))).toList(), table);
    }

    /** Median and 90th percentile of two waits, in whole hours: report to first action, identified to safeguarded. */
    private FigureTable timings(Selection selection, Locale locale) {
        String inDistricts = selection.districts() == null ? "" : " AND %s = ANY(?)";
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(selection.from()), Date.valueOf(selection.to().plusDays(1))));
        if (selection.districts() != null) {
            params.add(selection.districts().toArray(String[]::new));
        }
        String category = selection.category() == null ? "" : " AND %s = '" + selection.category().name() + "'";
        long[] firstAction = jdbc.sql("""
                SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at))
                FROM statistics_report
                WHERE first_action_at IS NOT NULL AND received_at >= ?::date AND received_at < ?::date"""
                        + inDistricts.formatted("district_code") + category.formatted("category"))
                .params(params).query(Operations::hours).single();
        long[] safeguarding = jdbc.sql("""
                SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.day - v.identified_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.day - v.identified_at))
                FROM statistics_victim v JOIN statistics_case c ON c.case_id = v.case_id
                CROSS JOIN LATERAL (SELECT min(e.occurred_on)::timestamp AT TIME ZONE 'Asia/Karachi' AS day
                                    FROM statistics_person_event e
                                    WHERE e.case_id = v.case_id AND e.person_id = v.person_id
                                      AND e.kind IN ('RESCUE', 'SAFEGUARDED')) s
                WHERE s.day IS NOT NULL AND v.identified_at >= ?::date AND v.identified_at < ?::date"""
                        + inDistricts.formatted("c.district_code") + category.formatted("c.category"))
                .params(params).query(Operations::hours).single();
        List<FigureTable.Column> columns = List.of(new FigureTable.Column("COUNT", labels.message("statistics.wait.count", locale)),
                new FigureTable.Column("MEDIAN", labels.message("statistics.wait.median", locale)),
                new FigureTable.Column("P90", labels.message("statistics.wait.p90", locale)));
        return new FigureTable("waits", "none", columns, List.of(
                Dashboards.row("FIRST_ACTION", labels.message("statistics.wait.firstAction", locale), firstAction, 3),
                Dashboards.row("SAFEGUARDING", labels.message("statistics.wait.safeguarding", locale), safeguarding, 3)));
    }

    private static long[] hours(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new long[] {rs.getLong(1), Math.round(rs.getDouble(2) / 3600), Math.round(rs.getDouble(3) / 3600)};
    }

    /** Cases open at the end of each stretch of the period: opened up to then less closed up to then. */
    private FigureTable backlog(Selection selection, Locale locale) {
        List<Measure> measures = List.of(Measure.CASES, Measure.CASES_CLOSED);
        Map<Measure, Long> before = counts.before(selection, measures);
        long open = before.getOrDefault(Measure.CASES, 0L) - before.getOrDefault(Measure.CASES_CLOSED, 0L);
        Grain grain = selection.grain();
        Map<String, long[]> sums = CountQueries.byKey(counts.sums(selection, measures, "TOTAL", By.of(grain)), measures);
        List<FigureTable.Row> rows = new ArrayList<>();
        for (LocalDate start = grain.start(selection.from()); !start.isAfter(selection.to()); start = grain.next(start)) {
            long[] moved = sums.getOrDefault(start.toString(), new long[2]);
            open += moved[0] - moved[1];
            rows.add(Dashboards.row(start.toString(), grain.label(start), new long[] {moved[0], moved[1], open}, 3));
        }
        return new FigureTable("backlog", "line", List.of(
                new FigureTable.Column(Measure.CASES.name(), labels.measure(Measure.CASES, locale)),
                new FigureTable.Column(Measure.CASES_CLOSED.name(), labels.measure(Measure.CASES_CLOSED, locale)),
                new FigureTable.Column("OPEN", labels.message("statistics.backlog.open", locale))), rows);
    }
}
