package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hifazat.pdq.PdqResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.TestUsers;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;
import pk.hifazat.linking.Clusters;
import pk.hifazat.tips.PublicTipper;

@HifazatTest
class MatchingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    Curator curator;
    Reporter reporter;
    final List<MaterialAssessed> assessed = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof MaterialAssessed m) {
            assessed.add(m);
        }
    };

    @BeforeEach
    void people() throws Exception {
        curator = new Curator(mvc, jdbc, users);
        reporter = new Reporter(mvc, context, new TestOrganisations(organisations, keys));
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    }

    @Test
    void matchesARotatedRecompressedImageToItsBankEntryAtItsDistance() throws Exception {
        byte[] original = TestImages.sample("bridge-1-original.jpg");
        PdqResult known = TestImages.hash(original);
        PdqResult copy = TestImages.hash(TestImages.rotatedAndRecompressed(original, 1));
        int distance = known.hash().distance(copy.hash());
        assertThat(distance).as("a slightly turned copy stays near").isBetween(1, 31);
        BankId bank = curator.createBank("Seized", 31);
        curator.importFile(bank, "PDQ", "seized.csv", known.hash().toHex() + "," + known.quality() + ",seized/1.jpg\n");
        long entry = curator.entryWithPdq(bank, known.hash().toHex());

        ReportId report = reporter.report("\"pdq\": \"" + copy.hash().toHex() + "\"");

        ReportMaterial found = reporter.await(report, m -> m.matches().stream().anyMatch(x -> x.bank().equals(bank)));
        MaterialMatch match = found.matches().stream().filter(x -> x.bank().equals(bank)).findFirst().orElseThrow();
        assertThat(match.entry()).isEqualTo(entry);
        assertThat(match.algorithm()).isEqualTo(HashAlgorithm.PDQ);
        assertThat(match.distance()).isEqualTo(distance);
        assertThat(match.file()).isZero();
        assertThat(match.category()).isEqualTo("CSAM");
        assertThat(found.unknownFiles()).isEmpty();
        assertThat(assessed).anySatisfy(event -> assertThat(event.reports())
                .anySatisfy(r -> assertThat(r.report()).isEqualTo(report)));
        mvc.perform(get("/banks/matches").session(curator.session())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/banks/reports/" + report)));
    }

    @Test
    void findsKnownMaterialTurnedAQuarterInAPublicTipThroughTheTurnsKeptWithIt() throws Exception {
        PdqResult known = TestImages.hash(TestImages.sample("bridge-1-original.jpg"));
        byte[] turned = TestImages.sample("bridge-2-rotate-90.jpg");
        assertThat(known.hash().distance(TestImages.hash(turned).hash())).as("the turned file's own hash is far").isGreaterThan(31);
        BankId bank = curator.createBank("Turned", 31);
        curator.importFile(bank, "PDQ", "turned.csv", known.hash().toHex() + "," + known.quality() + ",seized/2.jpg\n");
        long entry = curator.entryWithPdq(bank, known.hash().toHex());

        ReceiptCode receipt = PublicTipper.sendImage(mvc, "10.31.0." + (int) (Math.random() * 250), "turned.jpg", turned);
        ReportId report = context.getBean(ReceivedReports.class).withReceipt(receipt).orElseThrow();

        MaterialMatch match = reporter.await(report, m -> m.matches().stream().anyMatch(x -> x.bank().equals(bank)))
                .matches().stream().filter(x -> x.bank().equals(bank)).findFirst().orElseThrow();
        assertThat(match.entry()).isEqualTo(entry);
        assertThat(match.algorithm()).isEqualTo(HashAlgorithm.PDQ);
        assertThat(match.distance()).isLessThanOrEqualTo(31);
        assertThat(jdbc.sql("SELECT pdq_quality FROM report_file WHERE report_id = ?").param(report.value())
                .query(Integer.class).single()).isBetween(50, 100);
    }

    @Test
    void linksTwoReportsWhoseImagesLookAlikeThoughNoBankKnowsThemAndNotAThirdThatDoesNot() throws Exception {
        byte[] image = TestImages.sample("synthetic-plasma-640x480.jpg");
        PdqResult first = TestImages.hash(image);
        PdqResult again = TestImages.hash(TestImages.rotatedAndRecompressed(image, 1));
        assertThat(first.hash().distance(again.hash())).as("re-compressed and slightly turned").isBetween(1, 31);
        PdqResult other = TestImages.hash(TestImages.noise(9002));

        ReportId a = reporter.report("\"pdq\": \"" + first.hash().toHex() + "\"");
        ReportId b = reporter.report("\"pdq\": \"" + again.hash().toHex() + "\"");
        ReportId c = reporter.report("\"pdq\": \"" + other.hash().toHex() + "\"");

        Clusters clusters = context.getBean(Clusters.class);
        awaitSameCluster(clusters, a, b);
        reporter.await(c, ReportMaterial::hasUnknownMaterial);
        assertThat(clusters.clusterOf(c)).isNotEqualTo(clusters.clusterOf(a));
        assertThat(clusters.sharedBy(b, 10)).anySatisfy(shared -> {
            assertThat(shared.kind()).isEqualTo("LOOK_ALIKE");
            assertThat(shared.otherReports()).contains(a);
        });
    }

    @Test
    void theFourthCopyOfAPictureIsJoinedByTheOneKeyOfItsPictureNotOneKeyPerEarlierCopy() throws Exception {
        List<ReportId> copies = new java.util.ArrayList<>();
        for (String hex : copiesOfOnePicture(77)) {
            copies.add(reporter.report("\"pdq\": \"" + hex + "\""));
        }
        expectOneKeyOfThePicture(copies);
    }

    @Test
    void copiesOfAPictureStoredInOneBatchAreJoinedByTheOneKeyOfTheirPicture() throws Exception {
        List<String> files = copiesOfOnePicture(78).stream().map(hex -> "\"pdq\": \"" + hex + "\"").toList();
        expectOneKeyOfThePicture(reporter.bulk(files));
    }

    /** Four hashes a few bits apart, as four re-compressed copies of one picture give. */
    private static List<String> copiesOfOnePicture(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        long[] words = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
        List<String> copies = new java.util.ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            long[] changed = words.clone();
            changed[copy] ^= 0b1011L << (8 * copy);
            copies.add(java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(changed[0])
                    .putLong(changed[1]).putLong(changed[2]).putLong(changed[3]).array()));
        }
        return copies;
    }

    private void expectOneKeyOfThePicture(List<ReportId> copies) throws Exception {
        Clusters clusters = context.getBean(Clusters.class);
        for (ReportId copy : copies.subList(1, 4)) {
            awaitSameCluster(clusters, copies.getFirst(), copy);
        }
        assertThat(clusters.namedBy(List.of(copies.getLast())).get(copies.getLast()))
                .filteredOn(shared -> shared.kind().equals("LOOK_ALIKE")).singleElement()
                .satisfies(shared -> assertThat(shared.otherCount()).isEqualTo(3));
    }

    @Test
    void linksReportsWhoseFilesMatchEntriesOfOneKnownSeries() throws Exception {
        BankId bank = curator.createBank("Series", 31);
        String one = "1".repeat(31) + "a";
        String two = "2".repeat(31) + "b";
        curator.importFile(bank, "CSV", "series.csv", "md5," + one + ",A1,Series Nine\nmd5," + two + ",A1,series nine\n");

        ReportId a = reporter.report("\"md5\": \"" + one + "\"");
        ReportId b = reporter.report("\"md5\": \"" + two + "\"");

        awaitSameCluster(context.getBean(Clusters.class), a, b);
    }

    private static void awaitSameCluster(Clusters clusters, ReportId a, ReportId b) throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (clusters.clusterOf(a).isEmpty() || !clusters.clusterOf(a).equals(clusters.clusterOf(b))) {
            assertThat(java.time.Instant.now()).as("the two reports are linked").isBefore(until);
            Thread.sleep(50);
        }
    }

    @Test
    void matchesAnMd5Exactly() throws Exception {
        BankId bank = curator.createBank("Exact", 31);
        String md5 = "5d41402abc4b2a76b9719d911017c592";
        curator.importFile(bank, "CSV", "md5.csv", "md5," + md5.toUpperCase() + ",A1,Series X\n");

        ReportId report = reporter.report("\"md5\": \"" + md5 + "\"");

        MaterialMatch match = reporter.await(report, m -> m.matches().stream().anyMatch(x -> x.bank().equals(bank)))
                .matches().stream().filter(x -> x.bank().equals(bank)).findFirst().orElseThrow();
        assertThat(match.algorithm()).isEqualTo(HashAlgorithm.MD5);
        assertThat(match.distance()).isZero();
        assertThat(match.category()).isEqualTo("A1");
        assertThat(match.series()).isEqualTo("Series X");
    }

    @Test
    void marksAnUnrelatedImageAsUnknownMaterial() throws Exception {
        PdqResult unrelated = TestImages.hash(TestImages.noise(4711));

        ReportId report = reporter.report("\"pdq\": \"" + unrelated.hash().toHex() + "\"");

        ReportMaterial found = reporter.await(report, ReportMaterial::hasUnknownMaterial);
        assertThat(found.unknownFiles()).containsExactly(0);
        assertThat(found.matches()).isEmpty();
        mvc.perform(get("/banks/unknown").session(curator.session())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(unrelated.hash().toHex())));
        mvc.perform(get("/banks/reports/" + report).session(curator.session())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("waiting for a look: file 1")));
    }

    @Test
    void matchesEveryReportOfABulkBatch() throws Exception {
        PdqResult known = TestImages.hash(TestImages.noise(31));
        BankId bank = curator.createBank("Bulk", 31);
        curator.importFile(bank, "CSV", "bulk.csv", "pdq," + known.hash().toHex() + ",1,\n");
        List<String> files = List.of("\"pdq\": \"" + known.hash().toHex() + "\"",
                "\"pdq\": \"" + TestImages.hash(TestImages.noise(32)).hash().toHex() + "\"",
                "\"pdq\": \"" + TestImages.hash(TestImages.noise(33)).hash().toHex() + "\", \"md5\": \"" + "ab".repeat(16) + "\"");

        List<ReportId> reports = reporter.bulk(files);

        assertThat(reporter.await(reports.get(0), ReportMaterial::hasKnownMaterial).matches())
                .extracting(MaterialMatch::bank).containsExactly(bank);
        reporter.await(reports.get(1), ReportMaterial::hasUnknownMaterial);
        reporter.await(reports.get(2), ReportMaterial::hasUnknownMaterial);
    }

    @Test
    void matchesAnOldReportAgainWhenItsBankGrows() throws Exception {
        PdqResult image = TestImages.hash(TestImages.noise(815));
        ReportId report = reporter.report("\"pdq\": \"" + image.hash().toHex() + "\"");
        reporter.await(report, ReportMaterial::hasUnknownMaterial);
        BankId bank = curator.createBank("Grows", 31);
        assessed.clear();

        curator.importFile(bank, "CSV", "grown.csv", "pdq," + image.hash().toHex() + ",1,\n");

        ReportMaterial found = reporter.await(report, m -> m.hasKnownMaterial() && !m.hasUnknownMaterial());
        assertThat(found.matches()).singleElement().satisfies(m -> {
            assertThat(m.bank()).isEqualTo(bank);
            assertThat(m.distance()).isZero();
        });
        assertThat(assessed).anySatisfy(event -> assertThat(event.reports())
                .anySatisfy(r -> assertThat(r.report()).isEqualTo(report)));
    }

    @Test
    void matchesStoredReportsAgainWhenADisabledBankIsEnabled() throws Exception {
        PdqResult image = TestImages.hash(TestImages.noise(99));
        BankId bank = curator.createBank("Paused", 31);
        curator.importFile(bank, "CSV", "paused.csv", "pdq," + image.hash().toHex() + ",1,\n");
        state(bank, "disable");
        ReportId report = reporter.report("\"pdq\": \"" + image.hash().toHex() + "\"");
        reporter.await(report, ReportMaterial::hasUnknownMaterial);

        state(bank, "enable");

        assertThat(reporter.await(report, ReportMaterial::hasKnownMaterial).matches())
                .extracting(MaterialMatch::bank).containsExactly(bank);
    }

    private void state(BankId bank, String change) throws Exception {
        mvc.perform(post("/banks/" + bank + "/state").session(curator.session()).with(csrf()).param("change", change))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aFalsePositiveRemovedWithAReasonStopsMatchingAtOnce() throws Exception {
        PdqResult image = TestImages.hash(TestImages.noise(1234));
        BankId bank = curator.createBank("Mistaken", 31);
        curator.importFile(bank, "CSV", "mistake.csv", "pdq," + image.hash().toHex() + ",1,\n");
        long entry = curator.entryWithPdq(bank, image.hash().toHex());

        mvc.perform(post("/banks/entries/remove").session(curator.session()).with(csrf())
                        .param("entry", Long.toString(entry)).param("reason", "a holiday photo"))
                .andExpect(status().is3xxRedirection());
        ReportId report = reporter.report("\"pdq\": \"" + image.hash().toHex() + "\"");

        ReportMaterial found = reporter.await(report, ReportMaterial::hasUnknownMaterial);
        assertThat(found.matches()).isEmpty();
        assertThat(jdbc.sql("SELECT removed_reason FROM media_entry WHERE id = ?").param(entry).query(String.class).single())
                .isEqualTo("a holiday photo");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'REMOVE_ENTRY' AND target_id = ?")
                .param(Long.toString(entry)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/staff/v1/banks").session(curator.session()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$[?(@.id == '" + bank + "')].entries.live").value(0))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$[?(@.id == '" + bank + "')].entries.removed").value(1));
    }
}
