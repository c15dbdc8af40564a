package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import pk.hifazat.statistics.Category;
import pk.hifazat.statistics.internal.CountQueries.By;

/** Builds a dashboard's figures from the counts; a handful of indexed queries per dashboard. */
@Service
class Dashboards {

    static final List<Measure> TREND = List.of(Measure.REPORTS, Measure.CASES, Measure.VICTIMS_IDENTIFIED,
            Measure.VICTIMS_SAFEGUARDED);
    static final List<Measure> CATEGORIES = List.of(Measure.REPORTS, Measure.CASES, Measure.VICTIMS_IDENTIFIED);
    static final List<Measure> DISTRICTS = List.of(Measure.REPORTS, Measure.CASES, Measure.VICTIMS_IDENTIFIED,
            Measure.VICTIMS_SAFEGUARDED, Measure.SUSPECTS_ARRESTED);
    static final List<Measure> CHILDREN = List.of(Measure.VICTIMS_IDENTIFIED, Measure.VICTIMS_SAFEGUARDED);
    static final List<Measure> REPORTS = List.of(Measure.REPORTS);

    static final List<String> AGE_BANDS = List.of("AGE_0_5", "AGE_6_10", "AGE_11_15", "AGE_16_18", "UNKNOWN");
    static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
    static final List<String> SOURCES = List.of("PUBLIC", "INDUSTRY");
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "UNKNOWN");

    private final CountQueries counts;
    private final Labels labels;

    Dashboards(CountQueries counts, Labels labels) {
        this.counts = counts;
        this.labels = labels;
    }

    Dashboard build(Selection selection, String area, Locale locale) {
        List<FigureTable> tables = new ArrayList<>();
        tables.add(trend(selection, locale));
        tables.add(categories(selection, locale));
        tables.add(districts(selection, locale));
        tables.add(buckets("age", selection, CHILDREN, "AGE_BAND", AGE_BANDS, locale));
        tables.add(buckets("gender", selection, CHILDREN, "GENDER", GENDERS, locale));
        tables.add(buckets("relationship", selection, CHILDREN, "RELATIONSHIP", List.of(), locale));
        tables.add(buckets("place", selection, CHILDREN, "PLACE", List.of(), locale));
        tables.add(buckets("source", selection, REPORTS, "SOURCE", SOURCES, locale));
        tables.add(buckets("priority", selection, REPORTS, "PRIORITY", PRIORITIES, locale));
        return new Dashboard(selection, area, headline(selection, locale), tables);
    }

    private List<Dashboard.Headline> headline(Selection selection, Locale locale) {
        Map<String, long[]> now = CountQueries.byKey(counts.sums(selection, Measure.HEADLINE, "TOTAL", By.NOTHING),
                Measure.HEADLINE);
        Map<String, long[]> before = CountQueries.byKey(counts.sums(selection.previous(), Measure.HEADLINE, "TOTAL",
                By.NOTHING), Measure.HEADLINE);
        long[] current = now.getOrDefault("", new long[Measure.HEADLINE.size()]);
        long[] previous = before.getOrDefault("", new long[Measure.HEADLINE.size()]);
        List<Dashboard.Headline> headline = new ArrayList<>();
        for (int i = 0; i < Measure.HEADLINE.size(); i++) {
            Measure measure = Measure.HEADLINE.get(i);
            double perDay = Math.round(10.0 * current[i] / selection.days()) / 10.0;
            Long change = previous[i] == 0 ? null : Math.round(100.0 * (current[i] - previous[i]) / previous[i]);
            headline.add(new Dashboard.Headline(measure, labels.measure(measure, locale), current[i], perDay, previous[i],
                    change));
        }
        return headline;
    }

    private FigureTable trend(Selection selection, Locale locale) {
        Grain grain = selection.grain();
        Map<String, long[]> sums = CountQueries.byKey(counts.sums(selection, TREND, "TOTAL", By.of(grain)), TREND);
        List<FigureTable.Row> rows = new ArrayList<>();
        for (LocalDate start = grain.start(selection.from()); !start.isAfter(selection.to()); start = grain.next(start)) {
            rows.add(row(start.toString(), grain.label(start), sums.get(start.toString()), TREND.size()));
        }
        return new FigureTable("trend", "line", columns(TREND, locale), rows);
    }

    private FigureTable categories(Selection selection, Locale locale) {
        Map<String, long[]> sums = CountQueries.byKey(counts.sums(selection, CATEGORIES, "TOTAL", By.CATEGORY), CATEGORIES);
        List<FigureTable.Row> rows = Arrays.stream(Category.values())
                .filter(c -> selection.category() == null || selection.category() == c)
                .map(c -> row(c.name(), labels.category(c.name(), locale), sums.get(c.name()), CATEGORIES.size()))
                .toList();
        return new FigureTable("categories", "bar", columns(CATEGORIES, locale), rows);
    }

    private FigureTable districts(Selection selection, Locale locale) {
        Map<String, long[]> sums = CountQueries.byKey(counts.sums(selection, DISTRICTS, "TOTAL", By.DISTRICT), DISTRICTS);
        List<FigureTable.Row> rows = sums.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[1])
                        .thenComparing(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .map(e -> row(e.getKey().isEmpty() ? "UNKNOWN" : e.getKey(), labels.district(e.getKey(), locale), e.getValue(),
                        DISTRICTS.size()))
                .toList();
        return new FigureTable("districts", "bar", columns(DISTRICTS, locale), rows);
    }

    /** A breakdown by one dimension's buckets: the fixed ones always, in order, then any others found. */
    private FigureTable buckets(String id, Selection selection, List<Measure> measures, String dimension,
                                List<String> fixed, Locale locale) {
        Map<String, long[]> sums = CountQueries.byKey(counts.sums(selection, measures, dimension, By.BUCKET), measures);
        List<String> keys = new ArrayList<>(fixed);
        sums.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        if (keys.isEmpty()) {
            keys.add("UNKNOWN");
        }
        List<FigureTable.Row> rows = keys.stream()
                .map(k -> row(k, labels.bucket(k, locale), sums.get(k), measures.size())).toList();
        return new FigureTable(id, "bar", columns(measures, locale), rows);
    }

    private List<FigureTable.Column> columns(List<Measure> measures, Locale locale) {
        return measures.stream().map(m -> new FigureTable.Column(m.name(), labels.measure(m, locale))).toList();
    }

    static FigureTable.Row row(String key, String label, long[] values, int columns) {
        long[] found = values == null ? new long[columns] : values;
        return new FigureTable.Row(key, label, Arrays.stream(found).boxed().toList());
    }
}
