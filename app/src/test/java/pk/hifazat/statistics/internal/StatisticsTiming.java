package pk.hifazat.statistics.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.geography.Province;

/**
 * Times statistics on a throw-away embedded PostgreSQL: REPORTS reports and CASES cases of one year
 * (1.5 children and 1.2 suspects a case) across 160 districts, written straight into the fact tables;
 * then (1) everything counted from scratch (the rebuild), (2) a bulk batch of 1,000 new reports and
 * a case's change counted incrementally, as the listeners do, and (3) each dashboard and the public
 * report built from the counts. Not a test: the lead runs it on a quiet machine.
 *
 * <pre>
 * ./mvnw -q -B -pl app -am test-compile
 * ./mvnw -q -pl app dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "app/target/test-classes:app/target/classes:$(cat app/target/classpath.txt)" \
 *      pk.hifazat.statistics.internal.StatisticsTiming [REPORTS] [CASES]
 * </pre>
 */
public final class StatisticsTiming {

    private static final int YEAR = 2025;

    private StatisticsTiming() {
    }

    public static void main(String[] args) throws Exception {
        long reports = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        long cases = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            DataSource data = server.getPostgresDatabase();
            JdbcClient jdbc = JdbcClient.create(data);
            jdbc.sql(Files.readString(Path.of("app/src/main/resources/db/migration/statistics/V140__statistics.sql"))).update();
            long filling = System.nanoTime();
            fill(jdbc, reports, cases);
            System.out.printf(Locale.ROOT, "facts: %,d reports, %,d cases, %,d children, %,d suspects in %.1f s%n",
                    count(jdbc, "statistics_report"), count(jdbc, "statistics_case"), count(jdbc, "statistics_victim"),
                    count(jdbc, "statistics_suspect"), seconds(filling));

            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
            Counts counts = new Counts(jdbc);
            long rebuilding = System.nanoTime();
            transactions.executeWithoutResult(s -> counts.rebuild(() -> { }));
            System.out.printf(Locale.ROOT, "counted from scratch: %.1f s, %,d count rows%n", seconds(rebuilding),
                    count(jdbc, "statistics_count"));
            jdbc.sql("ANALYZE").update();

            Facts facts = new Facts(jdbc, new JdbcTemplate(data));
            List<Facts.ReceivedReport> batch = IntStream.range(0, 1_000).mapToObj(i -> new Facts.ReceivedReport(
                    UUID.randomUUID(), LocalDate.of(YEAR, 6, 1).atStartOfDay(SelectionRequests.PAKISTAN).toInstant(),
                    "INDUSTRY", "CHILD_SEXUAL_ABUSE_MATERIAL", List.of())).toList();
            time("a bulk batch of 1,000 reports counted", 1, () -> {
                transactions.executeWithoutResult(s -> counts.changeReports(batch.stream().map(Facts.ReceivedReport::report)
                        .toList(), () -> facts.received(batch)));
                return "";
            });
            UUID someCase = jdbc.sql("SELECT case_id FROM statistics_case LIMIT 1").query(UUID.class).single();
            time("a child joins a case, counted", 5, () -> {
                transactions.executeWithoutResult(s -> counts.changeCases(List.of(someCase), () -> facts.victim(someCase,
                        UUID.randomUUID(), LocalDate.of(YEAR, 6, 2).atStartOfDay(SelectionRequests.PAKISTAN).toInstant(), 9,
                        "FEMALE", "RELATIVE", "OWN_HOME")));
                return "";
            });

            Labels labels = new Labels(new StaticMessageSource(), new SyntheticDistricts());
            Dashboards dashboards = new Dashboards(new CountQueries(jdbc), labels);
            LocalDate from = LocalDate.of(YEAR, 1, 1);
            LocalDate to = LocalDate.of(YEAR, 12, 31);
            Set<String> province = IntStream.range(0, 40).mapToObj(SyntheticDistricts::code).collect(Collectors.toSet());
            time("national dashboard, a year by month", 5, () -> dashboards.build(
                    new Selection(from, to, null, null, Grain.MONTH), "", Locale.ENGLISH).tables().size() + " tables");
            time("national dashboard, a month by day", 5, () -> dashboards.build(
                    new Selection(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31), null, null, Grain.DAY), "",
                    Locale.ENGLISH).tables().size() + " tables");
            time("province dashboard (40 districts), a year", 5, () -> dashboards.build(
                    new Selection(from, to, province, null, Grain.MONTH), "", Locale.ENGLISH).tables().size() + " tables");
            time("district dashboard, a year", 5, () -> dashboards.build(
                    new Selection(from, to, Set.of(SyntheticDistricts.code(7)), null, Grain.MONTH), "", Locale.ENGLISH)
                    .tables().size() + " tables");
            Operations operations = new Operations(new CountQueries(jdbc), labels, null, jdbc, null, null);
            time("public report of the year", 5, () -> new PublicReports(new CountQueries(jdbc), labels,
                    new StatisticsProperties(5, 3660)).of(YEAR, to, Locale.ENGLISH).tables().size() + " tables");
            time("supervisors' waits and backlog, a year", 5, () -> String.valueOf(operations.waitsAndBacklog(
                    new Selection(from, to, null, null, Grain.MONTH), Locale.ENGLISH).size()));
        }
    }

    /** Facts spread evenly over the year's days and 160 districts; a tenth of the reports with no district. */
    private static void fill(JdbcClient jdbc, long reports, long cases) {
        jdbc.sql("""
                INSERT INTO statistics_report (report_id, received_at, source, incident_type, annotations, category,
                                               district_code, priority, first_action_at)
                SELECT gen_random_uuid(), make_date(?, 1, 1) + (i % 365) * interval '1 day' + (i % 86400) * interval '1 second',
                       CASE WHEN i % 5 = 0 THEN 'PUBLIC' ELSE 'INDUSTRY' END, 'CHILD_SEXUAL_ABUSE_MATERIAL', '{}',
                       (ARRAY['CHILD_SEXUAL_ABUSE','ABDUCTION','MISSING_CHILDREN','CHILD_MARRIAGE','ABUSE_MATERIAL',
                              'GROOMING','SEXTORTION','LIVE_STREAMING','OTHER'])[1 + i % 9],
                       CASE WHEN i % 10 = 0 THEN NULL ELSE 'PK' || (100 + i % 160) END, 1 + i % 4,
                       CASE WHEN i % 20 = 0 THEN make_date(?, 1, 1) + (i % 365) * interval '1 day' + interval '30 hours' END
                FROM generate_series(1, ?) i""").params(YEAR, YEAR, reports).update();
        jdbc.sql("""
                INSERT INTO statistics_case (case_id, opened_at, district_code, category, closed_at, outcome)
                SELECT gen_random_uuid(), make_date(?, 1, 1) + (i % 365) * interval '1 day', 'PK' || (100 + i % 160),
                       (ARRAY['CHILD_SEXUAL_ABUSE','ABDUCTION','MISSING_CHILDREN','CHILD_MARRIAGE','ABUSE_MATERIAL',
                              'GROOMING','SEXTORTION','LIVE_STREAMING','OTHER'])[1 + i % 9],
                       CASE WHEN i % 3 = 0 THEN make_date(?, 1, 1) + (i % 365 + 20) * interval '1 day' END,
                       CASE WHEN i % 3 = 0 THEN 'CONVICTED' END
                FROM generate_series(1, ?) i""").params(YEAR, YEAR, cases).update();
        jdbc.sql("""
                INSERT INTO statistics_victim (case_id, person_id, identified_at, age, gender)
                SELECT c.case_id, gen_random_uuid(), c.opened_at, CASE WHEN k % 7 = 0 THEN NULL ELSE k % 18 END,
                       (ARRAY['FEMALE','MALE','UNKNOWN'])[1 + k % 3]
                FROM statistics_case c CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(c.case_id::text) & 1)) k""").update();
        jdbc.sql("""
                INSERT INTO statistics_person_event (case_id, person_id, kind, occurred_on)
                SELECT case_id, person_id, 'RESCUE', (identified_at + interval '3 days')::date FROM statistics_victim
                WHERE hashtext(person_id::text) % 2 = 0""").update();
        jdbc.sql("""
                INSERT INTO statistics_suspect (case_id, person_id, joined_at)
                SELECT c.case_id, gen_random_uuid(), c.opened_at
                FROM statistics_case c CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(c.case_id::text) % 5 = 0)::int) k""")
                .update();
        jdbc.sql("""
                INSERT INTO statistics_person_event (case_id, person_id, kind, occurred_on)
                SELECT s.case_id, s.person_id, e.kind, (s.joined_at + e.after)::date
                FROM statistics_suspect s CROSS JOIN (VALUES ('ARREST', interval '2 days'), ('CHARGE_SHEET', interval '30 days'))
                     e (kind, after)
                WHERE hashtext(s.person_id::text) % 3 <> 0""").update();
    }

    private static void time(String what, int runs, Supplier<String> work) {
        double[] taken = new double[runs];
        String result = "";
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = work.get();
            taken[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(taken);
        System.out.printf(Locale.ROOT, "%-45s median %8.1f ms, slowest %8.1f ms (%s)%n", what, taken[runs / 2],
                taken[runs - 1], result);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** 160 districts PK100…PK259 in four provinces, named by their codes. */
    private static final class SyntheticDistricts implements Districts {

        static String code(int i) {
            return "PK" + (100 + i);
        }

        @Override
        public List<Province> provinces() {
            return IntStream.range(0, 4).mapToObj(p -> new Province("P" + p, new LocalisedName("P" + p, "P" + p))).toList();
        }

        @Override
        public List<District> all() {
            List<District> all = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                all.add(new District(new DistrictCode(code(i)), "P" + (i / 40), new LocalisedName(code(i), code(i)), null, null));
            }
            return all;
        }

        @Override
        public Optional<District> byCode(DistrictCode code) {
            return all().stream().filter(d -> d.code().equals(code)).findFirst();
        }

        @Override
        public Optional<District> find(String text) {
            return Optional.empty();
        }
    }
}
