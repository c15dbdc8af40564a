package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;
import pk.hifazat.intake.internal.Reports;

@HifazatTest
class ReportsApiTest {

    private static final String RECEIPT = "HZ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    Reports reports;

    @Autowired
    ConfigurableApplicationContext context;

    TestOrganisations.Client client;

    Announcements announced;

    @BeforeEach
    void organisation() {
        client = new TestOrganisations(organisations, keys).create();
        announced = Announcements.of(context, client.organisation());
    }

    @AfterEach
    void stopListening() {
        announced.close();
    }

    @Test
    void storesAValidReportNormalisedAndAnswersWithItsReceipt() throws Exception {
        String externalId = SampleReports.externalId();
        mvc.perform(report(SampleReports.valid(externalId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receipt").value(matchesPattern(RECEIPT)))
                .andExpect(jsonPath("$.externalReportId").value(externalId))
                .andExpect(jsonPath("$.duplicate").value(false))
                .andExpect(header().string("Location", matchesPattern("/api/v1/reports/" + RECEIPT)));

        Map<String, Object> row = jdbc.sql("""
                        SELECT id, source, status, incident_type, person_count, file_count
                        FROM report WHERE organisation_id = ? AND external_id = ?""")
                .params(client.organisation(), externalId).query().singleRow();
        assertThat(row).containsEntry("source", "INDUSTRY").containsEntry("status", "RECEIVED")
                .containsEntry("incident_type", "ONLINE_ENTICEMENT").containsEntry("person_count", 1)
                .containsEntry("file_count", 2);
        assertThat(reports.byId(new ReportId((UUID) row.get("id")))).hasValueSatisfying(stored -> {
            Account account = stored.content().persons().getFirst().accounts().getFirst();
            assertThat(account.phone()).isEqualTo("+923001234567");
            assertThat(account.email()).isEqualTo("bad.actor@example.com");
            assertThat(account.screenName()).isEqualTo("bad_actor_99");
            assertThat(account.platform()).isEqualTo("instagram");
            assertThat(stored.content().files().getFirst().md5()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
            assertThat(stored.content().victims().getFirst().known()).isEqualTo("Lives in Muzaffargarh");
            assertThat(stored.raw()).contains(externalId);
        });
        assertThat(jdbc.sql("SELECT position(convert_to('Lives in Muzaffargarh', 'UTF8') IN normalised) "
                + "+ position(convert_to('Lives in Muzaffargarh', 'UTF8') IN raw) FROM report WHERE id = ?")
                .param(row.get("id")).query(Integer.class).single()).as("the victim's details in the clear").isZero();
        List<String> identifiers = jdbc.sql("""
                        SELECT i.kind || ' ' || i.value FROM report_identifier i JOIN report r ON r.id = i.report_id
                        WHERE r.external_id = ? ORDER BY i.position""").param(externalId).query(String.class).list();
        assertThat(identifiers).containsExactly("USERNAME bad_actor_99", "EMAIL bad.actor@example.com",
                "PHONE +923001234567", "IP 2001:db8::1", "USER_ID 17841400000000001");
        assertThat(jdbc.sql("SELECT count(*) FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.external_id = ?")
                .param(externalId).query(Integer.class).single()).isEqualTo(2);
        assertThat(announced.reports()).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo(ReportSource.INDUSTRY);
            assertThat(event.report().value()).isEqualTo(jdbc.sql("SELECT id FROM report WHERE external_id = ?")
                    .param(externalId).query(UUID.class).single());
        });
    }

    @Test
    void theDatabaseRefusesToDeleteAReportItsOrganisationOrItsKey() throws Exception {
        String externalId = SampleReports.externalId();
        mvc.perform(report(SampleReports.valid(externalId))).andExpect(status().isCreated());

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM report WHERE external_id = ?").param(externalId).update())
                .hasMessageContaining("report rows are kept for good");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM api_key WHERE organisation_id = ?").param(client.organisation()).update())
                .hasMessageContaining("api_key rows are kept for good");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM reporting_organisation WHERE id = ?").param(client.organisation()).update())
                .hasMessageContaining("reporting_organisation rows are kept for good");
        assertThat(jdbc.sql("SELECT count(*) FROM report_identifier i JOIN report r ON r.id = i.report_id WHERE r.external_id = ?")
                .param(externalId).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void refusesMalformedJsonAsAProblem() throws Exception {
        mvc.perform(report("{\"externalReportId\": \"x\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:invalid-report"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].code").value("json"));
        mvc.perform(report("[1, 2]")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("json"));
    }

    @Test
    void refusesJsonThatIsNotAnObjectAsAProblem() throws Exception {
        for (String notAnObject : List.of("null", " null ", "42", "\"a report\"", "true", "[]")) {
            mvc.perform(report(notAnObject))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:hifazat:problem:invalid-report"))
                    .andExpect(jsonPath("$.errors[0].field").value(""))
                    .andExpect(jsonPath("$.errors[0].code").value("json"));
        }
    }

    @Test
    void aBulkLineThatIsNotAnObjectIsRejectedAndTheFileIsAnsweredToItsEnd() throws Exception {
        String file = String.join("\n", "null", SampleReports.line(SampleReports.externalId()), "42", "\"text\"", "[]",
                "true", SampleReports.line(SampleReports.externalId())) + "\n";
        List<String> lines = mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(file))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().lines().toList();
        assertThat(lines).hasSize(8);
        for (int line : List.of(1, 3, 4, 5, 6)) {
            assertThat(lines.get(line - 1)).contains("\"line\":" + line, "\"result\":\"rejected\"", "\"code\":\"json\"");
        }
        assertThat(lines.get(1)).contains("\"line\":2", "\"result\":\"accepted\"");
        assertThat(lines.get(6)).contains("\"line\":7", "\"result\":\"accepted\"");
        assertThat(lines.getLast()).isEqualTo("{\"summary\":{\"lines\":7,\"accepted\":2,\"duplicates\":0,\"rejected\":5}}");
    }

    @Test
    void refusesAFieldGivenTwiceNamingIt() throws Exception {
        String twice = SampleReports.valid(SampleReports.externalId())
                .replace("\"media\": [\"CHAT\"],", "\"description\": \"first\", \"media\": [\"CHAT\"],");
        mvc.perform(report(twice))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].code").value("duplicate"));
        String nested = SampleReports.valid(SampleReports.externalId())
                .replace("\"phone\": \"0300 1234567\",", "\"phone\": \"0300 1234567\", \"phone\": \"0300 7654321\",");
        mvc.perform(report(nested))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("persons[0].accounts[0].phone"))
                .andExpect(jsonPath("$.errors[0].code").value("duplicate"));
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingItsField() throws Exception {
        String valid = SampleReports.valid(SampleReports.externalId());
        Map<String, String> wrong = Map.of(
                "\"phone\": \"0300 1234567\"", "persons[0].accounts[0].phone",
                "\"ageMin\": 11", "victims[0].ageMin",
                "\"viewedByPlatform\": true", "files[0].viewedByPlatform",
                "\"incidentTime\": \"2026-11-20T14:03:00+05:00\"", "incidentTime",
                "\"incidentType\": \"ONLINE_ENTICEMENT\"", "incidentType",
                "\"latitude\": 30.07", "location.latitude");
        Map<String, String> spoilt = Map.of(
                "\"phone\": \"0300 1234567\"", "\"phone\": 3001234567",
                "\"ageMin\": 11", "\"ageMin\": 11.9",
                "\"viewedByPlatform\": true", "\"viewedByPlatform\": \"true\"",
                "\"incidentTime\": \"2026-11-20T14:03:00+05:00\"", "\"incidentTime\": 1795165380",
                "\"incidentType\": \"ONLINE_ENTICEMENT\"", "\"incidentType\": 1",
                "\"latitude\": 30.07", "\"latitude\": \"30.07\"");
        for (var field : wrong.entrySet()) {
            String body = valid.replace(field.getKey(), spoilt.get(field.getKey()));
            assertThat(body).isNotEqualTo(valid);
            mvc.perform(report(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(field.getValue()))
                    .andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.oneOf("type", "time", "choice")));
        }
        mvc.perform(report(valid.replace("\"ageMin\": 11", "\"ageMin\": 12.9")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("whole number")));
        mvc.perform(report(valid.replace("\"phone\": \"0300 1234567\"", "\"phone\": 3001234567")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("text")));
    }

    @Test
    void refusesUnicodeDirectionControlsInAnIdentifierNamingTheField() throws Exception {
        String reversed = SampleReports.valid(SampleReports.externalId())
                .replace("@Bad_Actor_99", "@Bad_\u202E99_rotcA");
        mvc.perform(report(reversed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("persons[0].accounts[0].screenName"))
                .andExpect(jsonPath("$.errors[0].code").value("directionControl"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("U+202E")));
        String isolated = SampleReports.valid(SampleReports.externalId())
                .replace("\"userId\": \"17841400000000001\"", "\"userId\": \"\u2067178414\u2069\"");
        mvc.perform(report(isolated))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intendedRecipients[0].accounts[0].userId"))
                .andExpect(jsonPath("$.errors[0].code").value("directionControl"));
        String description = SampleReports.valid(SampleReports.externalId())
                .replace("A user asked", "\u200FA user asked");
        mvc.perform(report(description)).andExpect(status().isCreated());
    }

    @Test
    void namesEveryMissingRequiredField() throws Exception {
        mvc.perform(report("{\"description\": \"something\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("externalReportId", "incidentType", "incidentTime")))
                .andExpect(jsonPath("$.errors[*].code", contains("required", "required", "required")));
    }

    @Test
    void namesEveryBadIdentifierByItsPathAndStoresNothing() throws Exception {
        String externalId = SampleReports.externalId();
        String bad = """
                {"externalReportId": "%s", "incidentType": "ONLINE_ENTICEMENT", "incidentTime": "2099-01-01T00:00:00Z",
                 "persons": [{"accounts": [{"email": "fine@example.com"},
                                           {"email": "not an address", "phone": "12ab", "profileUrl": "ftp://x.example/y",
                                            "ipCaptures": [{"ip": "300.1.1.1"}]}]}],
                 "files": [{"md5": "abc"}, {"fileName": "no hash"}],
                 "victims": [{"age": 25}]}
                """.formatted(externalId);
        mvc.perform(report(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(
                        "incidentTime",
                        "persons[0].accounts[1].profileUrl",
                        "persons[0].accounts[1].email",
                        "persons[0].accounts[1].phone",
                        "persons[0].accounts[1].ipCaptures[0].ip",
                        "files[0].md5",
                        "files[1]",
                        "victims[0].age")))
                .andExpect(jsonPath("$.errors[*].code", contains(
                        "future", "url", "email", "phone", "ip", "hash", "hashRequired", "age")));
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE external_id = ?").param(externalId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void namesBadPdqQualitiesAndVariantsByTheirPaths() throws Exception {
        String pdq = "f".repeat(64);
        String bad = """
                {"externalReportId": "%s", "incidentType": "CHILD_SEXUAL_ABUSE_MATERIAL", "incidentTime": "2026-11-20T14:03:00Z",
                 "files": [{"md5": "%s", "pdqQuality": 80, "pdqVariants": ["%s"]},
                           {"pdq": "%s", "pdqQuality": 101, "pdqVariants": ["%s", "not a hash"]},
                           {"pdq": "%s", "pdqVariants": ["%s", "%s", "%s", "%s", "%s", "%s", "%s", "%s"]}]}
                """.formatted(SampleReports.externalId(), "a".repeat(32), pdq, pdq, pdq, pdq, pdq, pdq, pdq, pdq, pdq, pdq,
                pdq, pdq);
        mvc.perform(report(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("files[0].pdqQuality", "files[0].pdqVariants",
                        "files[1].pdqQuality", "files[1].pdqVariants[1]", "files[2].pdqVariants")))
                .andExpect(jsonPath("$.errors[*].code", contains("pdqFirst", "pdqFirst", "pdqQuality", "hash", "tooMany")));
    }

    @Test
    void namesAChoiceThatIsNotOnTheList() throws Exception {
        String classification = SampleReports.valid(SampleReports.externalId()).replace("\"A2\"", "\"C3\"");
        mvc.perform(report(classification))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files[0].classification"))
                .andExpect(jsonPath("$.errors[0].code").value("choice"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("A1, A2, B1, B2")));
        String type = SampleReports.valid(SampleReports.externalId()).replace("ONLINE_ENTICEMENT", "SOMETHING_ELSE");
        mvc.perform(report(type))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentType"))
                .andExpect(jsonPath("$.errors[0].code").value("choice"));
        String time = SampleReports.valid(SampleReports.externalId()).replace("2026-11-20T14:03:00+05:00", "last Tuesday");
        mvc.perform(report(time))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentTime"))
                .andExpect(jsonPath("$.errors[0].code").value("time"));
        String unknown = SampleReports.valid(SampleReports.externalId()).replace("\"media\"", "\"medium\"");
        mvc.perform(report(unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("medium"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
    }

    @Test
    void refusesAReportLargerThanTheLimit() throws Exception {
        String huge = SampleReports.valid(SampleReports.externalId())
                .replace("A user asked", "x".repeat(600 * 1024));
        mvc.perform(report(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:too-large"));
    }

    @Test
    void sendingTheSameExternalIdAgainAnswersWithTheFirstReceiptAndItsTimeAndStoresNothingNew() throws Exception {
        String externalId = SampleReports.externalId();
        String first = mvc.perform(report(SampleReports.valid(externalId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String receipt = first.replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        String receivedAt = first.replaceAll(".*\"receivedAt\":\"([^\"]+)\".*", "$1");
        mvc.perform(report(SampleReports.valid(externalId).replace("CHAT", "EMAIL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipt").value(receipt))
                .andExpect(jsonPath("$.receivedAt").value(receivedAt))
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE external_id = ?").param(externalId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void copiesOfOneReportSentAtTheSameMomentMakeOneReportAndShareItsReceipt() throws Exception {
        String externalId = SampleReports.externalId();
        List<Callable<String>> copies = IntStream.range(0, 20)
                .mapToObj(i -> (Callable<String>) () -> mvc.perform(
                                report(SampleReports.valid(externalId)).header("Idempotency-Key", i % 2 == 0 ? "same" : null))
                        .andReturn().getResponse().getContentAsString())
                .toList();
        try (var threads = Executors.newFixedThreadPool(10)) {
            List<String> receipts = new ArrayList<>();
            for (var answer : threads.invokeAll(copies)) {
                receipts.add(answer.get().replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1"));
            }
            assertThat(receipts).hasSize(20).allMatch(r -> r.equals(receipts.getFirst()));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE external_id = ?").param(externalId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndAnotherBodyIsRefused() throws Exception {
        String body = SampleReports.valid(SampleReports.externalId());
        String first = mvc.perform(report(body).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(report(body).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first));
        mvc.perform(report(SampleReports.valid(SampleReports.externalId())).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:idempotency-key-reused"));
        mvc.perform(report(body).header("Idempotency-Key", "")).andExpect(status().isBadRequest());
    }

    @Test
    void refusesRequestsWithoutAKeyWithAnUnknownKeyAndWithARevokedKey() throws Exception {
        String body = SampleReports.valid(SampleReports.externalId());
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:unauthenticated"));
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer hzk_not-a-real-key")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("unknown or has been revoked")));
        mvc.perform(report(body)).andExpect(status().isCreated());
        keys.revoke(client.keyId(), "test");
        mvc.perform(report(SampleReports.valid(SampleReports.externalId())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:unauthenticated"));
    }

    @Test
    void anOrganisationSeesTheStatusOfItsOwnReportsOnly() throws Exception {
        String answer = mvc.perform(report(SampleReports.valid(SampleReports.externalId())))
                .andReturn().getResponse().getContentAsString();
        String receipt = answer.replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/reports/" + receipt.toLowerCase().replace("-", " ")).header("Authorization", client.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipt").value(receipt))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        var other = new TestOrganisations(organisations, keys).create();
        mvc.perform(get("/api/v1/reports/" + receipt).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBulkFileIsAnsweredLineByLineAndABadLineDoesNotStopTheGoodOnes() throws Exception {
        String repeated = SampleReports.externalId();
        String file = String.join("\n",
                SampleReports.line(SampleReports.externalId()),
                "{not json",
                "",
                SampleReports.line(repeated),
                SampleReports.line(SampleReports.externalId()).replace("Bad.Actor@Example.COM", "nobody at all"),
                SampleReports.line(repeated)) + "\n";
        String answer = mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(file))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("\"line\":1", "\"result\":\"accepted\"", "\"duplicate\":false");
        assertThat(lines.get(1)).contains("\"line\":2", "\"result\":\"rejected\"", "\"code\":\"json\"");
        assertThat(lines.get(2)).contains("\"line\":4", "\"result\":\"accepted\"");
        assertThat(lines.get(3)).contains("\"line\":5", "\"result\":\"rejected\"",
                "\"field\":\"persons[0].accounts[0].email\"");
        assertThat(lines.get(4)).contains("\"line\":6", "\"result\":\"accepted\"", "\"duplicate\":true");
        String firstReceipt = lines.get(2).replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        assertThat(lines.get(4)).contains(firstReceipt);
        assertThat(lines.get(5)).isEqualTo("{\"summary\":{\"lines\":6,\"accepted\":2,\"duplicates\":1,\"rejected\":2}}");
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE organisation_id = ?").param(client.organisation())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'IMPORT' AND target_id = ?")
                .param(client.organisation().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBulkLineLongerThanTheLimitIsRejectedAlone() throws Exception {
        String file = SampleReports.line(SampleReports.externalId()).replace("A user asked", "y".repeat(600 * 1024))
                + "\n" + SampleReports.line(SampleReports.externalId()) + "\n";
        String answer = mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(file))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer.lines().toList().get(0)).contains("\"line\":1", "rejected", "tooLarge");
        assertThat(answer.lines().toList().get(1)).contains("\"line\":2", "accepted");
    }

    @Test
    void theSampleFileOfTheReadmeImportsWithoutAnError() throws Exception {
        byte[] sample = new ClassPathResource("intake/sample-reports.ndjson").getContentAsByteArray();
        String answer = mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(sample))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer.lines().toList().getLast())
                .isEqualTo("{\"summary\":{\"lines\":4,\"accepted\":4,\"duplicates\":0,\"rejected\":0}}");
    }

    @Test
    void theApiDescriptionIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/bulk'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.ReportContent.properties.externalReportId").exists());
    }

    private MockHttpServletRequestBuilder report(String json) {
        return post("/api/v1/reports").header("Authorization", client.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
