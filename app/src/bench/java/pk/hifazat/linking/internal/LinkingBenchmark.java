package pk.hifazat.linking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatApplication;
import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.ReportedIdentifier;

/**
 * Linking's benchmark: fills linking's own tables with REPORTS reports straight in SQL (each
 * "person" named by four reports through a phone number, a username and its handle; each report with
 * two files of its own: 2.75 keys per report, so 2 M reports make 5.5 M keys and 10 M namings), then
 * times {@link Linker#linkReceived} on reports as intake hands them over: single reports naming a known
 * phone (joining its cluster), single reports naming two persons' phones (merging two clusters), and
 * batches of 1,000. Linking alone: reading the reports from intake and the event registry are not in it.
 * Not part of the application: the script compiles it against the built jar.
 *
 * <pre>app/src/bench/run-linking-benchmarks.sh [REPORTS] [SINGLES] [BATCHES]</pre>
 */
public final class LinkingBenchmark {

    private static final int CHUNK = 100_000;

    private LinkingBenchmark() {
    }

    public static void main(String[] args) {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ConfigurableApplicationContext context = SpringApplication.run(HifazatApplication.class,
                "--server.port=0", "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Linker linker = context.getBean(Linker.class);
            IdentifierNormaliser normaliser = context.getBean(IdentifierNormaliser.class);
            Instant start = Instant.now();
            fill(jdbc, reports);
            jdbc.sql("ANALYZE link_key").update();
            jdbc.sql("ANALYZE link_report").update();
            jdbc.sql("ANALYZE link_report_key").update();
            jdbc.sql("ANALYZE link_cluster").update();
            print("filled %,d reports, %,d keys, %,d namings in %.1f s", count(jdbc, "link_report"),
                    count(jdbc, "link_key"), count(jdbc, "link_report_key"), seconds(start));
            new Run(linker, normaliser, context.getBean(ClusterIndex.class), jdbc, reports / 4).time(singles, batches);
        } finally {
            context.close();
        }
    }

    /** The keys of person p are 3p+1 (phone), 3p+2 (username), 3p+3 (handle); report r's files follow them. */
    private static void fill(JdbcClient jdbc, int reports) {
        int persons = reports / 4;
        long base = jdbc.sql("SELECT coalesce(max(id), 0) FROM link_key").query(Long.class).single();
        for (int lo = 0; lo < reports; lo += CHUNK) {
            int hi = Math.min(reports, lo + CHUNK);
            int firstPerson = lo / 4;
            int lastPerson = (hi - 1) / 4;
            jdbc.sql("""
                    INSERT INTO link_cluster (id, size, created_at)
                    SELECT md5('c' || p)::uuid, 4, now() FROM generate_series(?, ?) AS p""")
                    .params(firstPerson, lastPerson).update();
            jdbc.sql("""
                    INSERT INTO link_key (id, digest, kind, value, platform, handle, strong, degree, variants)
                    OVERRIDING SYSTEM VALUE
                    SELECT ? + 3 * p + k.n, digest(k.kind, k.platform, k.value), k.kind, k.value, k.platform,
                           k.handle, k.kind <> 'HANDLE', 4, CASE WHEN k.kind = 'HANDLE' THEN 1 ELSE 0 END
                    FROM generate_series(?, ?) AS p,
                         LATERAL (VALUES (1, 'PHONE', '+92300' || lpad(p::text, 7, '0'), NULL, NULL),
                                         (2, 'USERNAME', 'user_' || p, 'instagram', 'user_' || p),
                                         (3, 'HANDLE', 'user_' || p, NULL, 'user_' || p))
                              AS k(n, kind, value, platform, handle)""".replace("digest(k.kind, k.platform, k.value)",
                            DIGEST))
                    .params(base, firstPerson, lastPerson).update();
            jdbc.sql("""
                    INSERT INTO link_key (id, digest, kind, value, platform, strong, degree)
                    OVERRIDING SYSTEM VALUE
                    SELECT ? + 3 * ? + 2 * r + k.n, digest(k.kind, k.platform, k.value), k.kind, k.value, NULL, true, 1
                    FROM generate_series(?, ?) AS r,
                         LATERAL (VALUES (1, 'SHA256', md5('s' || r) || md5('t' || r), NULL),
                                         (2, 'MD5', md5('m' || r), NULL)) AS k(n, kind, value, platform)"""
                            .replace("digest(k.kind, k.platform, k.value)", DIGEST))
                    .params(base, persons, lo, hi - 1).update();
            jdbc.sql("""
                    INSERT INTO link_report (report_id, cluster_id, received_at, organisation_id, fingerprint, content)
                    SELECT md5('r' || r)::uuid, md5('c' || (r / 4))::uuid, now() - (? - r) * interval '10 ms', NULL,
                           md5('f' || r)::uuid, md5('x' || r)::uuid
                    FROM generate_series(?, ?) AS r""")
                    .params(reports, lo, hi - 1).update();
            jdbc.sql("""
                    INSERT INTO link_report_key (key_id, report_id, received_at)
                    SELECT k.id, md5('r' || r)::uuid, now() - (? - r) * interval '10 ms'
                    FROM generate_series(?, ?) AS r,
                         LATERAL (VALUES (? + 3 * (r / 4) + 1), (? + 3 * (r / 4) + 2), (? + 3 * (r / 4) + 3),
                                         (? + 3 * ? + 2 * r + 1), (? + 3 * ? + 2 * r + 2)) AS k(id)""")
                    .params(reports, lo, hi - 1, base, base, base, base, persons, base, persons).update();
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('link_key', 'id'), (SELECT max(id) FROM link_key))")
                .query(Long.class).single();
    }

    /** The digest {@link LinkKey#digest} makes (an MD5 name-based UUID, version 3), in SQL. */
    private static final String DIGEST = """
            (SELECT overlay(overlay(h placing '3' from 13 for 1)
                            placing substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) from 17 for 1)::uuid
             FROM (SELECT md5(k.kind || chr(31) || coalesce(k.platform, '') || chr(31) || k.value) AS h) AS d)""";

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(format, values));
    }

    /** The timed part: new reports as intake would hand them over. */
    private record Run(Linker linker, IdentifierNormaliser normaliser, ClusterIndex clusters, JdbcClient jdbc, int persons) {

        void time(int singles, int batches) {
            SplittableRandom random = new SplittableRandom(42);
            checkDigest();
            sharedBy(random, singles);
            latencies("single report joining a cluster", singles, () -> List.of(report(random, 1)));
            latencies("single report merging two clusters", singles, () -> List.of(report(random, 2)));
            long[] batchNanos = new long[batches];
            for (int b = 0; b < batches; b++) {
                List<IncomingReport> batch = new ArrayList<>(1_000);
                for (int i = 0; i < 1_000; i++) {
                    batch.add(report(random, 1 + (i % 10 == 0 ? 1 : 0)));
                }
                long t = System.nanoTime();
                linker.linkReceived(batch);
                batchNanos[b] = System.nanoTime() - t;
            }
            Arrays.sort(batchNanos);
            double total = Arrays.stream(batchNanos).sum() / 1e9;
            LinkingBenchmark.print("batches of 1,000 (one in ten merging two clusters): %d batches, median %.1f ms, slowest %.1f ms, %,.0f reports/s",
                    batches, batchNanos[batches / 2] / 1e6, batchNanos[batches - 1] / 1e6, batches * 1_000 / total);
        }

        /** What a report page asks: for each identifier of a stored report, the other reports naming it. */
        private void sharedBy(SplittableRandom random, int count) {
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                ReportId report = new ReportId(storedReport(random.nextInt(persons * 4)));
                long t = System.nanoTime();
                if (clusters.sharedBy(report, 10).isEmpty()) {
                    throw new IllegalStateException("A filled report shares nothing: " + report);
                }
                nanos[i] = System.nanoTime() - t;
            }
            percentiles("sharedBy (a report page)", nanos);
        }

        /** The id the fill gave report r: its MD5, as PostgreSQL's md5(...)::uuid reads it. */
        private static UUID storedReport(int r) {
            try {
                java.nio.ByteBuffer md5 = java.nio.ByteBuffer.wrap(java.security.MessageDigest.getInstance("MD5")
                        .digest(("r" + r).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                return new UUID(md5.getLong(), md5.getLong());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A known phone number must find its cluster: if the SQL digest differed from Java's, nothing would link. */
        private void checkDigest() {
            ReportId probe = new ReportId(UUID.randomUUID());
            IncomingReport report = new IncomingReport(probe, ReportSource.PUBLIC, null, null, Instant.now(),
                    ReportStatus.RECEIVED, content(), List.of(phone(0)), List.of(file()), List.of());
            linker.linkReceived(List.of(report));
            UUID expected = jdbc.sql("SELECT md5('c0')::uuid").query(UUID.class).single();
            if (!clusters.clusterOf(probe).map(c -> c.value()).orElseThrow().equals(expected)) {
                throw new IllegalStateException("The filled keys' digests differ from LinkKey's: nothing would link");
            }
        }

        private void latencies(String what, int count, java.util.function.Supplier<List<IncomingReport>> next) {
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                List<IncomingReport> reports = next.get();
                long t = System.nanoTime();
                linker.linkReceived(reports);
                nanos[i] = System.nanoTime() - t;
            }
            percentiles(what, nanos);
        }

        private static void percentiles(String what, long[] nanos) {
            Arrays.sort(nanos);
            int count = nanos.length;
            print("%s: %d reports, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", what, count,
                    nanos[count / 2] / 1e6, nanos[count * 9 / 10] / 1e6, nanos[Math.min(count - 1, count * 99 / 100)] / 1e6,
                    nanos[count - 1] / 1e6);
        }

        /** A report naming the phone numbers of {@code people} random persons, a new username and a new file. */
        private IncomingReport report(SplittableRandom random, int people) {
            List<ReportedIdentifier> identifiers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                identifiers.add(phone(random.nextInt(persons)));
            }
            identifiers.add(new ReportedIdentifier(normaliser.normalise(IdentifierKind.USERNAME,
                    "new_" + UUID.randomUUID().toString().substring(0, 8), "tiktok").orElseThrow(),
                    IdentifierRole.REPORTED_PERSON, null));
            return new IncomingReport(new ReportId(UUID.randomUUID()), ReportSource.PUBLIC, null, null, Instant.now(),
                    ReportStatus.RECEIVED, content(), identifiers, List.of(file()), List.of());
        }

        private ReportedIdentifier phone(int person) {
            return new ReportedIdentifier(normaliser.phone("0300" + String.format("%07d", person)).orElseThrow(),
                    IdentifierRole.REPORTED_PERSON, null);
        }

        private static ReportedFile file() {
            String hex = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
            return new ReportedFile(List.of(FileHash.of(HashAlgorithm.SHA256, hex).orElseThrow()), null, null, null, null);
        }

        private static ReportContent content() {
            return new ReportContent(null, null, null, null, null, null, null, UUID.randomUUID().toString(), null, null,
                    null, null, null);
        }
    }
}
