package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import pk.hifazat.geography.Province;
import pk.hifazat.statistics.Category;
import pk.hifazat.statistics.internal.CountQueries.By;

/** Builds the public report of a year from the counts, with {@link SuppressedTable}'s rule applied to each table. */
@Service
class PublicReports {

    private final CountQueries counts;
    private final Labels labels;
    private final StatisticsProperties properties;

    PublicReports(CountQueries counts, Labels labels, StatisticsProperties properties) {
        this.counts = counts;
        this.labels = labels;
        this.properties = properties;
    }

    PublicReport of(int year, LocalDate today, Locale locale) {
        if (year < 2000 || year > today.getYear()) {
            throw new StatisticsInputException("year", "statistics.input.year", String.valueOf(year));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Selection selection = new Selection(from, to, null, null, Grain.MONTH);
        List<PublicReport.Table> tables = new ArrayList<>();
        tables.add(byProvince("casesByProvince", Measure.CASES, selection, locale));
        tables.add(byDistrict(selection, locale));
        tables.add(byProvince("childrenByProvince", Measure.VICTIMS_IDENTIFIED, selection, locale));
        tables.add(children("childrenByAge", "AGE_BAND", Dashboards.AGE_BANDS, selection, locale));
        tables.add(children("childrenByGender", "GENDER", Dashboards.GENDERS, selection, locale));
        tables.add(suspects(selection, locale));
        return new PublicReport(year, from, to, properties.publicThreshold(), tables);
    }

    /** A measure by province and category; rows are every province, so that an empty one is seen as 0. */
    private PublicReport.Table byProvince(String id, Measure measure, Selection selection, Locale locale) {
        Map<String, String> provinceOf = labels.provinceOfDistricts();
        List<Province> provinces = labels.provinces();
        List<Category> categories = Arrays.asList(Category.values());
        long[][] cells = new long[provinces.size() + 1][categories.size()];
        for (CountQueries.Sum sum : districtAndCategory(selection, measure)) {
            String[] key = sum.key().split("\\|", 2);
            String province = provinceOf.get(key[0]);
            int row = province == null ? provinces.size() : indexOf(provinces, p -> p.code().equals(province));
            cells[row][Category.valueOf(key[1]).ordinal()] += sum.n();
        }
        List<String> rowLabels = new ArrayList<>(provinces.stream().map(p -> p.name().in(locale)).toList());
        rowLabels.add(labels.message("statistics.district.unknown", locale));
        return table(id, locale, rowLabels, categories.stream().map(c -> labels.category(c.name(), locale)).toList(), cells,
                true);
    }

    /** Cases by district and group of categories; districts without any case are left out. */
    private PublicReport.Table byDistrict(Selection selection, Locale locale) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        List<Category.Group> groups = Arrays.asList(Category.Group.values());
        for (CountQueries.Sum sum : districtAndCategory(selection, Measure.CASES)) {
            String[] key = sum.key().split("\\|", 2);
            rows.computeIfAbsent(key[0], k -> new long[groups.size()])[Category.valueOf(key[1]).group().ordinal()] += sum.n();
        }
        List<String> districts = rows.keySet().stream().sorted((a, b) -> labels.district(a, locale)
                .compareTo(labels.district(b, locale))).toList();
        long[][] cells = districts.stream().map(rows::get).toArray(long[][]::new);
        return table("casesByDistrict", locale, districts.stream().map(d -> labels.district(d, locale)).toList(),
                groups.stream().map(g -> labels.message("statistics.group." + g.name(), locale)).toList(), cells, true);
    }

    /** Children identified by one breakdown (age band or gender): a single column with its total. */
    private PublicReport.Table children(String id, String dimension, List<String> buckets, Selection selection,
                                        Locale locale) {
        long[][] cells = new long[buckets.size()][1];
        counts.sums(selection, List.of(Measure.VICTIMS_IDENTIFIED), dimension, By.BUCKET)
                .forEach(s -> cells[Math.max(0, buckets.indexOf(s.key()))][0] += s.n());
        return table(id, locale, buckets.stream().map(b -> labels.bucket(b, locale)).toList(),
                List.of(labels.measure(Measure.VICTIMS_IDENTIFIED, locale)), cells, true);
    }

    private PublicReport.Table suspects(Selection selection, Locale locale) {
        List<Measure> measures = List.of(Measure.SUSPECTS_ARRESTED, Measure.SUSPECTS_CHARGED, Measure.SUSPECTS_CONVICTED);
        long[] found = CountQueries.byKey(counts.sums(selection, measures, "TOTAL", By.NOTHING), measures)
                .getOrDefault("", new long[measures.size()]);
        return table("suspects", locale, List.of(labels.message("statistics.area.national", locale)),
                measures.stream().map(m -> labels.measure(m, locale)).toList(), new long[][] {found}, false);
    }

    private List<CountQueries.Sum> districtAndCategory(Selection selection, Measure measure) {
        return counts.sums(selection, List.of(measure), "TOTAL", By.DISTRICT_AND_CATEGORY);
    }

    private PublicReport.Table table(String id, Locale locale, List<String> rowLabels, List<String> columnLabels,
                                     long[][] cells, boolean totals) {
        SuppressedTable safe = new SuppressedTable(cells, totals, properties.publicThreshold());
        List<String> columns = new ArrayList<>(columnLabels);
        List<String> labelsOfRows = new ArrayList<>(rowLabels);
        // A single column's row totals repeat it: they are counted (and withheld alike) but not shown.
        boolean totalsColumn = totals && columnLabels.size() > 1;
        if (totalsColumn) {
            columns.add(labels.message("statistics.total", locale));
        }
        if (totals) {
            labelsOfRows.add(labels.message("statistics.total", locale));
        }
        List<PublicReport.Row> rows = new ArrayList<>();
        for (int r = 0; r < safe.height(); r++) {
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < (totalsColumn || !totals ? safe.width() : safe.width() - 1); c++) {
                shown.add(safe.shown(r, c));
            }
            rows.add(new PublicReport.Row(labelsOfRows.get(r), shown));
        }
        return new PublicReport.Table(id, labels.message("statistics.public." + id, locale), columns, rows);
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
