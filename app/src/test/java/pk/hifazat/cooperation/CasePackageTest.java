package pk.hifazat.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;
import tools.jackson.databind.JsonNode;

/** A case package holds exactly the parts the officer chose, names the others as left out, never names a child, and is audited. */
@HifazatTest
class CasePackageTest {

    private static final String SUSPECT = "Klaus Beispiel (test)";
    private static final String CHILD = "Secretchild Name (test)";
    private static final String PHONE = "+4915112345678";
    private static final String HASH = "ab".repeat(32);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CooperationApi officer;
    String number;
    String id;

    @BeforeEach
    void aRequestForACaseWithAForeignSuspectAndAChild() throws Exception {
        officer = new CooperationApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        number = officer.caseWithAForeignSuspect(SUSPECT, CHILD);
        id = officer.drafted(number);
    }

    @Test
    void aPackageOfTheSummaryAloneHoldsNothingElseAndNamesWhatWasLeftOut() throws Exception {
        MvcResult result = export("json", "SUMMARY");
        JsonNode json = CaseApi.json(result);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".json");
        assertThat(names(json)).containsExactly("sender", "preparedBy", "preparedAt", "request", "approval", "included",
                "leftOut", "summary");
        assertThat(json.get("included").toString()).isEqualTo("[\"SUMMARY\"]");
        assertThat(json.get("leftOut").toString()).isEqualTo("[\"PERSONS\",\"IDENTIFIERS\",\"TIMELINE\",\"EVIDENCE\"]");
        assertThat(json.get("summary").get("caseNumber").asString()).isEqualTo(number);
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(SUSPECT, CHILD, PHONE, HASH, "Raid officer", "P-0");

        String pdf = pdfText(export("pdf", "SUMMARY"));
        assertThat(pdf).contains("National Cyber Crimes Investigation Agency", "Case summary", number,
                "Left out persons by role, identifiers, timeline, evidence hashes and custody");
        assertThat(pdf).doesNotContain(SUSPECT, CHILD, PHONE, HASH, "Raid officer", "Persons by role\n", "Timeline\n");
    }

    @Test
    void personsWithoutIdentifiersNameTheSuspectAndShowTheChildBySafeguardingsPseudonymOnly() throws Exception {
        // Safeguarding gives the child a pseudonym once cases has announced them.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM safeguarding_child c JOIN case_file f ON f.id = c.case_id WHERE f.number = ?")
                .param(number).query(Integer.class).single() == 1);
        JsonNode json = CaseApi.json(export("json", "PERSONS"));
        assertThat(names(json)).contains("persons").doesNotContain("summary", "identifiers", "timeline", "evidence");
        JsonNode child = null;
        for (JsonNode person : json.get("persons")) {
            if (person.get("role").asString().equals("VICTIM")) {
                child = person;
            }
        }
        assertThat(child).isNotNull();
        assertThat(names(child)).containsExactly("pseudonym", "role", "standing", "age", "nationality");
        assertThat(child.get("pseudonym").asString()).matches("[A-Z]-\\d{2,}");
        String text = json.toString();
        assertThat(text).contains(SUSPECT).doesNotContain(CHILD, PHONE, "House 7", HASH);

        String pdf = pdfText(export("pdf", "PERSONS"));
        assertThat(pdf).contains("Persons by role", SUSPECT, "Child " + child.get("pseudonym").asString(), "age 8");
        assertThat(pdf).doesNotContain(CHILD, PHONE, "House 7", HASH, "Case summary");
    }

    @Test
    void everyPartTogetherStillNeverNamesTheChild() throws Exception {
        JsonNode json = CaseApi.json(export("json", "SUMMARY,PERSONS,IDENTIFIERS,TIMELINE,EVIDENCE"));
        assertThat(json.get("leftOut").size()).isZero();
        assertThat(json.get("identifiers").toString()).contains(PHONE);
        assertThat(json.get("evidence").toString()).contains(HASH, "Raid officer (test)");
        assertThat(json.toString()).doesNotContain(CHILD, "House 7");

        String pdf = pdfText(export("pdf", "SUMMARY,PERSONS,IDENTIFIERS,TIMELINE,EVIDENCE"));
        assertThat(pdf).contains("Left out nothing", PHONE, HASH, "Raid", "Evidence, hashes and chain of custody");
        assertThat(pdf).doesNotContain(CHILD, "House 7");
    }

    @Test
    void eachExportIsAuditedWithItsFormatAndParts() throws Exception {
        String reference = CaseApi.json(officer.cases.get(CooperationApi.REQUESTS + "/" + id)).get("request").get("reference")
                .asString();
        export("pdf", "PERSONS,EVIDENCE");
        export("json", "TIMELINE");
        assertThat(jdbc.sql("""
                SELECT detail FROM audit_entry WHERE action = 'EXPORT_PACKAGE' AND target_id = ? ORDER BY seq""")
                .param(reference).query(String.class).list()).containsExactly("PDF PERSONS,EVIDENCE", "JSON TIMELINE");
    }

    @Test
    void aPackageOfNoPartsIsRefusedNamingTheField() throws Exception {
        MvcResult none = officer.cases.get(CooperationApi.REQUESTS + "/" + id + "/package.json");
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(none).get("field").asString()).isEqualTo("parts");
        MvcResult unknown = officer.cases.get(CooperationApi.REQUESTS + "/" + id + "/package.pdf?parts=ADDRESSES");
        assertThat(CaseApi.json(unknown).get("field").asString()).isEqualTo("parts");
    }

    private MvcResult export(String format, String parts) throws Exception {
        MvcResult result = officer.cases.get(CooperationApi.REQUESTS + "/" + id + "/package." + format + "?parts=" + parts);
        CooperationApi.assertOk(result);
        return result;
    }

    private static String pdfText(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
