package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.hamcrest.Matchers;
import org.hifazat.pdq.PdqResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;

/** Files seized as a case's evidence are matched against the banks, again when a bank grows, and counted on the case page. */
@HifazatTest
class SeizedMaterialTest {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    SeizedMaterial material;

    Curator curator;
    CaseApi officer;

    @BeforeEach
    void people() throws Exception {
        curator = new Curator(mvc, jdbc, users);
        officer = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
    }

    /** A match as stored: the bank, entry, hash, distance and the entry's category and series. */
    record Stored(BankId bank, long entry, String algorithm, int distance, String category, String series) {
    }

    @Test
    void aSeizedFileWhoseSha256IsInABankMatchesItAndTheCasePageCountsIt() throws Exception {
        String known = sha("known " + UUID.randomUUID());
        BankId bank = curator.createBank("Seized SHA", 31);
        curator.importFile(bank, "CSV", "sha.csv", "sha256," + known + ",A1,Series Seven\n");
        String number = officer.open("Seized phone", "PK623", List.of(), null);
        UUID caseId = caseId(number);
        PdqResult unrelated = TestImages.hash(TestImages.noise(5501));

        seize(number, known + "  DCIM/known.jpg\n" + sha("holiday") + "  DCIM/holiday.jpg\n",
                "hash,quality,name\n" + unrelated.hash().toHex() + "," + unrelated.quality() + ",DCIM/new.jpg\n");

        SeizedMaterialSummary found = await(caseId, s -> s.matchedFiles() == 1 && s.unknownPictures() == 1);
        assertThat(found.files()).isEqualTo(3);
        assertThat(matches(caseId, "DCIM/known.jpg")).singleElement().satisfies(m -> {
            assertThat(m.bank()).isEqualTo(bank);
            assertThat(m.algorithm()).isEqualTo("SHA256");
            assertThat(m.distance()).isZero();
            assertThat(m.category()).isEqualTo("A1");
            assertThat(m.series()).isEqualTo("Series Seven");
        });
        String bankName = jdbc.sql("SELECT name FROM media_bank WHERE id = ?").param(bank.value()).query(String.class).single();
        var page = officer.get("/cases/" + number);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(
                "Known material among the seized files", "1 of 3 files match known material (" + bankName + ": 1)",
                "1 picture matches nothing known: possible new victim");
    }

    @Test
    void aSeizedPictureNearABankEntryMatchesItAtItsDistance() throws Exception {
        byte[] original = TestImages.sample("bridge-1-original.jpg");
        PdqResult known = TestImages.hash(original);
        PdqResult copy = TestImages.hash(TestImages.rotatedAndRecompressed(original, 1));
        int distance = known.hash().distance(copy.hash());
        assertThat(distance).as("a slightly turned copy stays near").isBetween(1, 31);
        assertThat(copy.quality()).as("good enough to match").isGreaterThanOrEqualTo(50);
        BankId bank = curator.createBank("Seized PDQ", 31);
        curator.importFile(bank, "PDQ", "seized.csv", known.hash().toHex() + "," + known.quality() + ",bridge.jpg\n");
        long entry = curator.entryWithPdq(bank, known.hash().toHex());
        String number = officer.open("Seized laptop", "PK623", List.of(), null);
        UUID caseId = caseId(number);

        seize(number, null, "hash,quality,name\n" + copy.hash().toHex() + "," + copy.quality() + ",Pictures/bridge.jpg\n");

        await(caseId, s -> s.matchedFiles() == 1);
        assertThat(matches(caseId, "Pictures/bridge.jpg")).filteredOn(m -> m.bank().equals(bank)).singleElement()
                .satisfies(m -> {
                    assertThat(m.entry()).isEqualTo(entry);
                    assertThat(m.algorithm()).isEqualTo("PDQ");
                    assertThat(m.distance()).isEqualTo(distance);
                });
    }

    @Test
    void anUnrelatedSeizedPictureIsUnknownMaterialOfItsCaseForTheCurator() throws Exception {
        PdqResult unrelated = TestImages.hash(TestImages.noise(5502));
        String number = officer.open("Seized disk", "PK623", List.of(), null);

        seize(number, null, "hash,quality,name\n" + unrelated.hash().toHex() + "," + unrelated.quality() + ",disk/0001.jpg\n");

        SeizedMaterialSummary found = await(caseId(number), s -> s.unknownPictures() == 1);
        assertThat(found.matchedFiles()).isZero();
        mvc.perform(get("/banks/unknown").session(curator.session())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(unrelated.hash().toHex())))
                .andExpect(content().string(Matchers.containsString(number)))
                .andExpect(content().string(Matchers.containsString("disk/0001.jpg")));
        assertThat(officer.get("/cases/" + number).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("The seized file does not match known material.",
                        "1 picture matches nothing known: possible new victim")
                .doesNotContain(unrelated.hash().toHex());
    }

    @Test
    void aPictureOfTooLowQualityIsNeitherMatchedNorUnknown() throws Exception {
        PdqResult picture = TestImages.hash(TestImages.noise(5503));
        BankId bank = curator.createBank("Seized blur", 31);
        curator.importFile(bank, "CSV", "blur.csv", "pdq," + picture.hash().toHex() + ",1,\n");
        String number = officer.open("Seized blur", "PK623", List.of(), null);
        UUID caseId = caseId(number);

        seize(number, sha("blurred " + UUID.randomUUID()) + "  blur.jpg\n",
                "hash,quality,name\n" + picture.hash().toHex() + ",20,blur.jpg\n");

        SeizedMaterialSummary found = await(caseId, s -> s.files() == 1);
        assertThat(found.matchedFiles()).isZero();
        assertThat(found.unknownPictures()).isZero();
    }

    @Test
    void importingAHashLaterMatchesTheEvidenceSeizedBefore() throws Exception {
        PdqResult picture = TestImages.hash(TestImages.noise(5504));
        String shaOnly = sha("later " + UUID.randomUUID());
        String number = officer.open("Seized before the list", "PK623", List.of(), null);
        UUID caseId = caseId(number);
        seize(number, shaOnly + "  video.mp4\n",
                "hash,quality,name\n" + picture.hash().toHex() + "," + picture.quality() + ",photo.jpg\n");
        await(caseId, s -> s.files() == 2 && s.unknownPictures() == 1);
        BankId bank = curator.createBank("Grows later", 31);

        curator.importFile(bank, "CSV", "later.csv", "pdq," + picture.hash().toHex() + ",1,\nsha256," + shaOnly + ",1,\n");

        SeizedMaterialSummary found = await(caseId, s -> s.matchedFiles() == 2);
        assertThat(found.unknownPictures()).isZero();
        assertThat(found.byBank()).singleElement().satisfies(b -> assertThat(b.files()).isEqualTo(2));
        assertThat(matches(caseId, "photo.jpg")).singleElement().satisfies(m -> {
            assertThat(m.bank()).isEqualTo(bank);
            assertThat(m.algorithm()).isEqualTo("PDQ");
            assertThat(m.distance()).isZero();
        });
    }

    @Test
    void anItemHandedOverTwiceIsMatchedOnce() throws Exception {
        String known = sha("twice " + UUID.randomUUID());
        BankId bank = curator.createBank("Twice", 31);
        curator.importFile(bank, "CSV", "twice.csv", "sha256," + known + ",A1,\n");
        UUID caseId = UUID.randomUUID();
        SeizedItem item = new SeizedItem(caseId, "NCCIA-MZG-2026-9999", UUID.randomUUID(), "E-0001",
                List.of(new SeizedItem.File("a.jpg", known, null, null)));

        material.match(item);
        material.match(item);

        assertThat(material.ofCase(caseId).matchedFiles()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM media_evidence_match WHERE case_id = ?").param(caseId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private void seize(String number, String sha256Lines, String pdqFile) throws Exception {
        var body = new java.util.HashMap<String, String>(Map.of("description", "Seized device",
                "seizedAt", LocalDateTime.now(PAKISTAN).minusDays(1).withNano(0).toString(), "seizedPlace", "Muzaffargarh",
                "seizedBy", "Inspector Raid"));
        if (sha256Lines != null) {
            body.put("sha256", sha256Lines);
        }
        if (pdqFile != null) {
            body.put("pdqFile", pdqFile);
        }
        var result = officer.post(CaseApi.CASES + "/" + number + "/evidence", body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    private SeizedMaterialSummary await(UUID caseId, Predicate<SeizedMaterialSummary> done) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        SeizedMaterialSummary found = material.ofCase(caseId);
        while (!done.test(found)) {
            assertThat(Instant.now()).as("matching finds it: " + found).isBefore(until);
            Thread.sleep(50);
            found = material.ofCase(caseId);
        }
        return found;
    }

    private List<Stored> matches(UUID caseId, String name) {
        return jdbc.sql("SELECT m.bank_id, m.entry_id, m.algorithm, m.distance, coalesce(e.category, b.default_category), e.series "
                        + "FROM media_evidence_match m JOIN media_entry e ON e.id = m.entry_id JOIN media_bank b ON b.id = m.bank_id "
                        + "WHERE m.case_id = ? AND m.name = ?")
                .params(caseId, name)
                .query((rs, n) -> new Stored(new BankId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private UUID caseId(String number) {
        return jdbc.sql("SELECT id FROM case_file WHERE number = ?").param(number).query(UUID.class).single();
    }

    private static String sha(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
