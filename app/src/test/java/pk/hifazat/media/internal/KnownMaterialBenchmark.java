package pk.hifazat.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.hifazat.pdq.PdqHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatApplication;
import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.media.BankId;

/**
 * The known-material figures of docs/known-material.md, at any size: import N random PDQ hashes from
 * a CSV file, build the in-memory index from the database as a start would, and time radius-31
 * searches. Runs only when asked:
 *
 * <pre>
 * ./mvnw -q -B -pl app -am test -Dtest=KnownMaterialBenchmark -Dhifazat.bench.hashes=1000000 \
 *        -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The tests' database is the throw-away embedded one, without fsync: on a server's disk the import
 * is slower by what its commits wait (one per batch of 5,000).
 */
@HifazatTest
@EnabledIfSystemProperty(named = "hifazat.bench.hashes", matches = "\\d+")
class KnownMaterialBenchmark {

    private static final Logger log = LoggerFactory.getLogger(KnownMaterialBenchmark.class);

    @Autowired
    Banks banks;

    @Autowired
    HashImports imports;

    @Autowired
    HashImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChangeLog changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MediaProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @TempDir
    Path folder;

    @Test
    void importsIndexesAndSearches() throws Exception {
        int n = Integer.getInteger("hifazat.bench.hashes");
        Path csv = folder.resolve("hashes.csv");
        SplittableRandom random = new SplittableRandom(42);
        PdqHash[] samples = new PdqHash[1000];
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            byte[] bytes = new byte[32];
            for (int i = 0; i < n; i++) {
                random.nextBytes(bytes);
                out.write("pdq,");
                out.write(HexFormat.of().formatHex(bytes));
                out.write(",1,\n");
                if (i < samples.length) {
                    samples[i] = PdqBytes.hash(bytes.clone());
                }
            }
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        BankId bank = tx.execute(s -> banks.create("Benchmark " + UUID.randomUUID(), "benchmark", "1", Severity.HIGH, 31, "bench")
                .id());
        long id = tx.execute(s -> imports.queue(bank, "hashes.csv", ImportFormat.CSV, "bench"));

        long started = System.nanoTime();
        long[] parsed = {0};
        try (var in = Files.newInputStream(csv)) {
            ImportFormat.CSV.read(in, new ImportFormat.Lines() {
                @Override
                public void entry(long line, ParsedEntry entry) {
                    parsed[0]++;
                }

                @Override
                public void error(long line, String message) {
                }

                @Override
                public void ignored(long line) {
                }
            });
        }
        double parseSeconds = (System.nanoTime() - started) / 1e9;
        PageTimes pages = new PageTimes(mvc, SignIn.as(mvc, users.create("HASH_CURATOR", "HQ")));
        started = System.nanoTime();
        importer.run(id, bank, csv, ImportFormat.CSV, "bench");
        double importSeconds = (System.nanoTime() - started) / 1e9;
        log.info("Known-material benchmark: while the import ran, " + pages.stop());
        HashImport done = imports.byId(id).orElseThrow();
        assertThat(done.added()).isEqualTo(n);

        started = System.nanoTime();
        PdqIndex index = new PdqIndex(jdbc, changes, transactions, properties);
        int size = index.size();
        double buildSeconds = (System.nanoTime() - started) / 1e9;

        int searches = 20_000;
        started = System.nanoTime();
        long found = 0;
        for (int i = 0; i < searches; i++) {
            PdqHash query = i % 2 == 0 ? flip(samples[i % samples.length], random, 20) : random(random);
            found += index.search(List.of(query), b -> true).size();
        }
        double searchSeconds = (System.nanoTime() - started) / 1e9;
        log.info(String.format(Locale.ROOT, "Known-material benchmark: %,d PDQ hashes read in %.1f s, imported from CSV in %.1f s (%,.0f/s); "
                        + "index of %,d built from the database in %.1f s; %,d radius-31 searches (half near a hash) in %.2f s: "
                        + "%,.0f/s, %.3f ms each, %,d found; heap used %,d MB",
                parsed[0], parseSeconds, importSeconds, n / importSeconds, size, buildSeconds, searches, searchSeconds, searches / searchSeconds,
                searchSeconds * 1000 / searches, found,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
        assertThat(found).isGreaterThanOrEqualTo(searches / 2);
        index = null;
        startsAnotherInstanceOnTheSameDatabase(n);
    }

    /**
     * Start-up with the banks as they are now: a second application on this database, as another
     * instance or a restart would start, timed from the call until it answers (its index is built
     * before it does).
     */
    private void startsAnotherInstanceOnTheSameDatabase(int n) {
        HikariDataSource database = (HikariDataSource) jdbc.getDataSource();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext another = new SpringApplicationBuilder(HifazatApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(), "--spring.flyway.enabled=false",
                "--hifazat.data-dir=" + folder.resolve("another"),
                "--hifazat.privacy.key=" + key(),
                "--hifazat.audit.key=" + key(),
                "--hifazat.audit.checkpoint-file=" + folder.resolve("another-checkpoints.log"))) {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            int indexed = another.getBean(PdqIndex.class).size();
            log.info(String.format(Locale.ROOT, "Known-material benchmark: another instance started on the same database "
                    + "with %,d PDQ hashes indexed in %.1f s", indexed, startSeconds));
            assertThat(indexed).isGreaterThanOrEqualTo(n);
        }
    }

    /** Keys of its own: the tests' context keeps a throw-away key in memory, and starting opens nothing sealed. */
    private static String key() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static PdqHash random(SplittableRandom random) {
        return PdqHash.of(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    private static PdqHash flip(PdqHash hash, SplittableRandom random, int bits) {
        long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        for (int i = 0; i < bits; i++) {
            int bit = random.nextInt(256);
            w[bit >>> 6] ^= 1L << (bit & 63);
        }
        return PdqHash.of(w[0], w[1], w[2], w[3]);
    }
}
