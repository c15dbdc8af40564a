package pk.hifazat.triage.internal;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification;
import pk.hifazat.database.EmbeddedServer;
import pk.hifazat.database.LockedRead;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * Times the re-triage of REPORTS stored reports after a supervisor's rule change (SEXTORTION from P2
 * to P1, which moves about a sixth of the open reports), and whether the queues stay usable while it
 * runs. On a throw-away embedded PostgreSQL started with the application's own settings
 * ({@link EmbeddedServer#persistent}: fsync and synchronous commit on), with the geography, units and
 * triage migrations applied, it fills triage's tables ({@link StoredTriageReports}), then changes the
 * rule through {@link RuleChanges#change} exactly as the rules page does: the change commits, the
 * real {@link Retriage} runs on its own worker, batch by batch, and {@link ClusterDecisions} decides
 * the changed reports' clusters again. Meanwhile one thread reads the first page of two queues
 * through {@link Queues#page} (the national intake queue, the largest, and the busiest district
 * unit's) and another triages single new reports as {@link Triage#linked} does (a third of them
 * joining an open cluster): the same loops run for a while before the change, for comparison.
 *
 * <p>Stand-ins, all outside triage: the audit log is kept in memory (re-triage appends two entries a
 * run; a queue page one, which is not timed here) and the supervisor is always signed in with a
 * national jurisdiction. The units are the units module's own register, built by reflection since
 * it is internal to that module. Not a test: the lead runs it on a quiet machine.
 *
 * <pre>
 * ./mvnw -q -B -pl app -am test-compile
 * ./mvnw -q -pl app dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "app/target/test-classes:app/target/classes:$(cat app/target/classpath.txt)" \
 *      pk.hifazat.triage.internal.RetriageTiming [REPORTS, 2000000] [BATCH, 5000]
 * </pre>
 */
public final class RetriageTiming {

    private static final String NATIONAL_QUEUE = "HQ";
    private static final Duration BEFORE_THE_CHANGE = Duration.ofSeconds(15);
    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final Duration STALLED = Duration.ofMinutes(5);
    private static final QueueFilter ALL_BUT_CLOSED = new QueueFilter(null, null, null, null, null);

    private RetriageTiming() {
    }

    public static void main(String[] args) throws Exception {
        long reports = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path folder = Files.createTempDirectory("retriage-timing");
        try (EmbeddedPostgres server = EmbeddedServer.persistent(folder.resolve("postgres"), UUID.randomUUID().toString());
             HikariDataSource data = pool(server)) {
            Flyway.configure().dataSource(data)
                    .locations("classpath:db/migration/geography", "classpath:db/migration/units", "classpath:db/migration/triage")
                    .load().migrate();
            new Bench(data, batch).measure(reports);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres server) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(server.getPostgresDatabase());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** The application's objects of triage, built over one database as Spring would build them. */
    private static final class Bench {

        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;
        private final TimedTransactions batches;
        private final TriageRules rules;
        private final TimedDecisions decisions;
        private final Retriage retriage;
        private final RuleChanges changes;
        private final Queues queues;
        private final TriageStore store;
        private final int batch;

        Bench(HikariDataSource data, int batch) throws ReflectiveOperationException {
            PlatformTransactionManager manager = new DataSourceTransactionManager(data);
            JdbcTemplate template = new JdbcTemplate(data);
            jdbc = JdbcClient.create(template);
            transactions = new TransactionTemplate(manager);
            batches = new TimedTransactions(manager);
            rules = new TriageRules(jdbc);
            Units units = unitRegister(jdbc);
            decisions = new TimedDecisions(jdbc, new LockedRead(template), new Routing(units));
            TriageProperties properties = new TriageProperties(Duration.ofHours(1), Duration.ofMinutes(1), batch, 60, 50);
            AuditLog audit = new KeptAudit();
            Access supervisor = new SignedInSupervisor(units);
            retriage = new Retriage(jdbc, batches, rules, decisions, audit, properties);
            changes = new RuleChanges(rules, jdbc, audit, supervisor, retriage);
            queues = new Queues(new QueueItems(jdbc), units, supervisor, properties);
            store = new TriageStore(template, jdbc);
            this.batch = batch;
        }

        void measure(long reports) throws InterruptedException {
            long filling = System.nanoTime();
            new StoredTriageReports(jdbc, transactions, decisions).fill(reports, rules.all());
            jdbc.sql("CREATE TABLE timing_report_before AS SELECT report_id, cluster_id, priority FROM triage_report WHERE open").update();
            jdbc.sql("CREATE TABLE timing_cluster_before AS SELECT cluster_id, computed_priority, report_count FROM triage_cluster").update();
            jdbc.sql("VACUUM ANALYZE").update();
            jdbc.sql("CHECKPOINT").update();
            System.out.printf(Locale.ROOT, "stored: %,d reports (%,d open) in %,d clusters (%,d open), %,d accounts, in %.0f s%n",
                    count("triage_report"), count("triage_report WHERE open"), count("triage_cluster"),
                    count("triage_cluster WHERE status <> 'CLOSED'"), count("triage_report, unnest(accounts)"), seconds(System.nanoTime() - filling));

            String districtUnit = jdbc.sql("""
                    SELECT u.code FROM triage_cluster c JOIN unit u ON u.id = c.queue_unit
                    WHERE u.kind = 'DISTRICT_UNIT' AND c.status <> 'CLOSED' GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1""")
                    .query(String.class).single();
            List<UUID> openClusters = jdbc.sql("SELECT cluster_id FROM triage_cluster WHERE status <> 'CLOSED' ORDER BY random() LIMIT 1000")
                    .query(UUID.class).list();
            DistrictCode district = new DistrictCode(districtUnit.substring("DCU-".length()));
            System.out.printf(Locale.ROOT, "queues read: %s with %,d open items, %s with %,d%n", NATIONAL_QUEUE,
                    openItems(NATIONAL_QUEUE), districtUnit, openItems(districtUnit));

            TriageRule proposed = changes.proposed("SEXTORTION", 1, null, null, true);
            long previewing = System.nanoTime();
            long previewed = transactions.execute(s -> changes.preview(proposed));
            System.out.printf(Locale.ROOT, "preview of SEXTORTION P2 -> P1: %,d open reports would change, in %.1f s%n",
                    previewed, seconds(System.nanoTime() - previewing));

            AnalystsAtWork idle = new AnalystsAtWork(districtUnit, district, openClusters);
            idle.start();
            Thread.sleep(BEFORE_THE_CHANGE);
            idle.stop();
            idle.print("before the change");

            AnalystsAtWork during = new AnalystsAtWork(districtUnit, district, openClusters);
            during.start();
            long started = System.nanoTime();
            long id = transactions.execute(s -> changes.change(proposed));
            Retriage.Run run = awaitEnd(id);
            long wall = System.nanoTime() - started;
            during.stop();
            retriage.destroy();

            double total = Duration.between(run.startedAt(), run.finishedAt()).toNanos() / 1e9;
            List<Long> batchTimes = new ArrayList<>(batches.taken);
            batchTimes.removeLast();
            System.out.printf(Locale.ROOT, "re-triage of %,d open reports: %.1f s (%.1f s from the supervisor's click to the end), "
                    + "%,.0f reports/s%n", run.total(), total, seconds(wall), run.total() / total);
            System.out.printf(Locale.ROOT, "  %d batches of up to %,d: %s; of which deciding clusters %s%n", batchTimes.size(),
                    batch, summary(batchTimes), summary(decisions.taken));
            System.out.printf(Locale.ROOT, "  changed: %,d reports (%.1f %% of open); clusters decided again %,d, "
                            + "whose queue priority changed %,d%n", run.changed(), 100.0 * run.changed() / run.total(),
                    changedClusters(), reprioritisedClusters());
            during.print("during the re-triage");
        }

        private Retriage.Run awaitEnd(long id) throws InterruptedException {
            long progressAt = System.nanoTime();
            long done = -1;
            while (true) {
                Retriage.Run run = retriage.latest().filter(r -> r.id() == id).orElseThrow();
                if (run.finishedAt() != null) {
                    return run;
                }
                if (run.done() != done) {
                    done = run.done();
                    progressAt = System.nanoTime();
                } else if (System.nanoTime() - progressAt > STALLED.toNanos()) {
                    throw new IllegalStateException("Re-triage made no progress for " + STALLED + " after " + done + " reports");
                }
                Thread.sleep(200);
            }
        }

        private long changedClusters() {
            return jdbc.sql("""
                    SELECT count(DISTINCT b.cluster_id) FROM timing_report_before b JOIN triage_report r ON r.report_id = b.report_id
                    WHERE r.priority <> b.priority""").query(Long.class).single();
        }

        private long reprioritisedClusters() {
            return jdbc.sql("""
                    SELECT count(*) FROM timing_cluster_before b JOIN triage_cluster c ON c.cluster_id = b.cluster_id
                    WHERE c.computed_priority <> b.computed_priority AND c.report_count = b.report_count""")
                    .query(Long.class).single();
        }

        private long openItems(String unit) {
            return jdbc.sql("""
                    SELECT count(*) FROM triage_cluster c JOIN unit u ON u.id = c.queue_unit
                    WHERE u.code = ? AND c.status <> 'CLOSED' AND c.absorbed_into IS NULL""")
                    .param(unit).query(Long.class).single();
        }

        private long count(String from) {
            return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
        }

        /** Analysts at work: one reads queue pages, one triages single new reports, each pausing between. */
        private final class AnalystsAtWork {

            private final String districtUnit;
            private final DistrictCode district;
            private final List<UUID> openClusters;
            private final List<Long> nationalReads = Collections.synchronizedList(new ArrayList<>());
            private final List<Long> districtReads = Collections.synchronizedList(new ArrayList<>());
            private final List<Long> writes = Collections.synchronizedList(new ArrayList<>());
            private final AtomicBoolean going = new AtomicBoolean(true);
            private final List<Thread> threads = new ArrayList<>();

            AnalystsAtWork(String districtUnit, DistrictCode district, List<UUID> openClusters) {
                this.districtUnit = districtUnit;
                this.district = district;
                this.openClusters = openClusters;
            }

            void start() {
                threads.add(Thread.ofPlatform().name("queue-reader").start(() -> loop(() -> {
                    nationalReads.add(timed(() -> transactions.execute(s -> queues.page(NATIONAL_QUEUE, ALL_BUT_CLOSED, Optional.empty()))));
                    districtReads.add(timed(() -> transactions.execute(s -> queues.page(districtUnit, ALL_BUT_CLOSED, Optional.empty()))));
                })));
                Random random = new Random(7);
                threads.add(Thread.ofPlatform().name("single-reports").start(() -> loop(() -> {
                    UUID cluster = random.nextInt(3) == 0 ? openClusters.get(random.nextInt(openClusters.size())) : UUID.randomUUID();
                    writes.add(timed(() -> triageOne(cluster)));
                })));
            }

            void stop() throws InterruptedException {
                going.set(false);
                for (Thread thread : threads) {
                    thread.join();
                }
            }

            void print(String when) {
                System.out.printf(Locale.ROOT, "%s:%n  national queue, first page: %s%n  %s queue, first page: %s%n"
                                + "  a single report triaged: %s%n", when, summary(nationalReads), districtUnit,
                        summary(districtReads), summary(writes));
            }

            private void loop(Runnable work) {
                while (going.get()) {
                    work.run();
                    try {
                        Thread.sleep(PAUSE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }

            /** What {@link Triage#linked} does for one report once intake's report is read and its facts found. */
            private Object triageOne(UUID cluster) {
                ReportId report = new ReportId(UUID.randomUUID());
                ReportFacts facts = new ReportFacts(report, ReportSource.PUBLIC, Instant.now(),
                        new DistrictResolution(district, DistrictRule.NAMED, "timing"), null, false, false, false, 11, true,
                        false, true, false, false, null, true, true, false, List.of("handle-" + report));
                return transactions.execute(s -> {
                    List<TriageRule> current = rules.current(store.lockOnTheWayToQueue(List.of(report)));
                    decisions.decide(store.insert(List.of(facts), List.of(new LinkedReport(report, new ClusterId(cluster), null)),
                            Set.of(), current).scored().clusters(), current);
                    return report;
                });
            }
        }
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    /** Count, median, 99th percentile and slowest of durations in nanoseconds, in milliseconds. */
    private static String summary(Collection<Long> durations) {
        List<Long> sorted;
        synchronized (durations) {
            sorted = new ArrayList<>(durations);
        }
        if (sorted.isEmpty()) {
            return "none";
        }
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%,d, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.getLast() / 1e6);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The units module's own register: internal to that module, so built by reflection, as Spring builds it. */
    private static Units unitRegister(JdbcClient jdbc) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName("pk.hifazat.units.internal.UnitRegister").getDeclaredConstructor(JdbcClient.class);
        constructor.setAccessible(true);
        return (Units) constructor.newInstance(jdbc);
    }

    /** Times each transaction: re-triage runs each batch in one. */
    private static final class TimedTransactions extends TransactionTemplate {

        final List<Long> taken = Collections.synchronizedList(new ArrayList<>());

        TimedTransactions(PlatformTransactionManager manager) {
            super(manager);
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            long started = System.nanoTime();
            try {
                return super.execute(action);
            } finally {
                taken.add(System.nanoTime() - started);
            }
        }
    }

    /** Times each decision of a batch's clusters on the re-triage's worker. */
    private static final class TimedDecisions extends ClusterDecisions {

        final List<Long> taken = Collections.synchronizedList(new ArrayList<>());

        TimedDecisions(JdbcClient jdbc, LockedRead locked, Routing routing) {
            super(jdbc, locked, routing);
        }

        @Override
        void decide(Collection<UUID> clusters, List<TriageRule> rules) {
            long started = System.nanoTime();
            super.decide(clusters, rules);
            if (Thread.currentThread().getName().equals("retriage")) {
                taken.add(System.nanoTime() - started);
            }
        }
    }

    /** Keeps nothing but a count: the audit chain is not what is timed here. */
    private static final class KeptAudit implements AuditLog {

        private long appended;

        @Override
        public synchronized void record(AuditRecord record) {
            appended++;
        }

        @Override
        public synchronized void recordIndependently(AuditRecord record) {
            appended++;
        }

        @Override
        public List<AuditEntry> latest(int limit, String actor, String targetId) {
            return List.of();
        }

        @Override
        public ChainVerification verify() {
            throw new UnsupportedOperationException("no chain is kept while timing");
        }
    }

    /** A national supervisor, signed in throughout, who may open every queue. */
    private static final class SignedInSupervisor implements Access {

        private final SignedInUser user;

        SignedInSupervisor(Units units) {
            Unit headquarters = units.byCode(NATIONAL_QUEUE).orElseThrow();
            user = new SignedInUser(new UserId(UUID.randomUUID()), "supervisor", "Supervisor", Role.SUPERVISOR,
                    headquarters.id(), Jurisdiction.nationwide());
        }

        @Override
        public Optional<SignedInUser> current() {
            return Optional.of(user);
        }

        @Override
        public SignedInUser require() {
            return user;
        }

        @Override
        public void checkDistrict(DistrictCode district, AuditRecord attempt) {
        }

        @Override
        public void checkDistricts(Collection<DistrictCode> districts, AuditRecord attempt) {
        }

        @Override
        public void checkUnit(Unit unit, AuditRecord attempt) {
        }

        @Override
        public boolean mayOpen(Unit unit) {
            return true;
        }

        @Override
        public void checkNational(AuditRecord attempt) {
        }

        @Override
        public boolean national() {
            return true;
        }

        @Override
        public Jurisdiction visibleDistricts() {
            return Jurisdiction.nationwide();
        }
    }
}
