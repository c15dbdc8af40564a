package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pk.hifazat.HifazatTest;
import pk.hifazat.TableOwner;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * Every report that passes the checks can be stored, and a report the database refuses anyway
 * fails alone: never the reports stored together with it, nor the rest of a bulk file. To make the
 * database refuse a valid report, a trigger installed for this test (as the database's superuser:
 * the application's own role may not change the schema) raises the error that a too
 * long index row raises (SQLSTATE 54000) for reports whose external id starts with "REFUSED-".
 */
@HifazatTest
class UnstorableReportsTest {

    private static final String REFUSED = "REFUSED-";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    ReceivedReports receivedReports;

    @Autowired
    IdentifierNormaliser normaliser;

    @Autowired
    ConfigurableApplicationContext context;

    TestOrganisations.Client client;

    Announcements announced;

    @BeforeAll
    static void refuseSomeReports(@Autowired TableOwner owner) {
        JdbcClient superuser = owner.jdbc();
        superuser.sql("""
                CREATE OR REPLACE FUNCTION test_refuse_report() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'index row size exceeds maximum (a stand-in)' USING ERRCODE = 'program_limit_exceeded';
                END $$""").update();
        superuser.sql("""
                CREATE TRIGGER test_refuse_report BEFORE INSERT ON report FOR EACH ROW
                WHEN (NEW.external_id LIKE 'REFUSED-%') EXECUTE FUNCTION test_refuse_report()""").update();
    }

    @AfterAll
    static void storeEveryReportAgain(@Autowired TableOwner owner) {
        JdbcClient superuser = owner.jdbc();
        superuser.sql("DROP TRIGGER test_refuse_report ON report").update();
        superuser.sql("DROP FUNCTION test_refuse_report()").update();
    }

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
    void aProfileUrlOfTwoThousandChineseCharactersIsStoredAndItsReportsAreFound() throws Exception {
        // Random characters: PostgreSQL compresses a long index entry before it checks its size.
        var random = new Random(client.organisation().getLeastSignificantBits());
        String url = "https://example.cn/" + random.ints(1_990, 0x4E00, 0xA000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String report = SampleReports.valid(SampleReports.externalId())
                .replace("\"email\": \" Bad.Actor@Example.COM \"", "\"profileUrl\": \"" + url + "\"");

        mvc.perform(single(report)).andExpect(status().isCreated());

        var identifier = normaliser.normalise(IdentifierKind.PROFILE_URL, url, null).orElseThrow();
        assertThat(identifier.value().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(5_900);
        assertThat(receivedReports.naming(identifier, 10)).hasSize(1);
    }

    @Test
    void aReportTheDatabaseRefusesFailsAloneWhileTheReportsSentWithItAreStored() throws Exception {
        List<String> stored = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(40)) {
            for (int round = 0; round < 5; round++) {
                List<Callable<MockHttpServletResponse>> reports = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String id = (i % 10 == 3 ? REFUSED : "") + SampleReports.externalId();
                    ids.add(id);
                    reports.add(() -> mvc.perform(single(SampleReports.valid(id))).andReturn().getResponse());
                }
                List<Future<MockHttpServletResponse>> answers = threads.invokeAll(reports);
                for (int i = 0; i < answers.size(); i++) {
                    MockHttpServletResponse answer = answers.get(i).get();
                    if (ids.get(i).startsWith(REFUSED)) {
                        assertThat(answer.getStatus()).as("a refused report").isEqualTo(422);
                        assertThat(answer.getContentAsString()).contains("urn:hifazat:problem:unstorable-report");
                    } else {
                        assertThat(answer.getStatus()).as("a report sent with a refused one").isEqualTo(201);
                        stored.add(ids.get(i));
                    }
                }
            }
        }
        assertThat(stored).hasSize(180);
        assertThat(storedExternalIds()).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(announced.reports()).extracting(ReportArrival::report).as("each stored report announced once, no other")
                .containsExactlyInAnyOrderElementsOf(storedIds());
    }

    @Test
    void aBulkLineTheDatabaseRefusesIsRejectedAloneAndTheFileIsAnsweredToItsEnd() throws Exception {
        List<String> ids = IntStream.range(0, 30)
                .mapToObj(i -> (i == 11 ? REFUSED : "") + SampleReports.externalId()).toList();
        String file = ids.stream().map(SampleReports::line).collect(Collectors.joining("\n", "", "\n"));

        List<String> first = bulk(file);
        assertThat(first).hasSize(31);
        assertThat(first.get(11)).contains("\"line\":12", "\"result\":\"rejected\"", "\"code\":\"unstorable-report\"");
        assertThat(first.stream().filter(line -> line.contains("\"result\":\"accepted\""))).hasSize(29);
        assertThat(first.getLast()).isEqualTo("{\"summary\":{\"lines\":30,\"accepted\":29,\"duplicates\":0,\"rejected\":1}}");

        List<String> again = bulk(file);
        assertThat(again.get(11)).contains("\"code\":\"unstorable-report\"");
        assertThat(again.getLast()).isEqualTo("{\"summary\":{\"lines\":30,\"accepted\":0,\"duplicates\":29,\"rejected\":1}}");
        assertThat(storedExternalIds()).hasSize(29).noneMatch(id -> id.startsWith(REFUSED));
        assertThat(announced.reports()).extracting(ReportArrival::report).as("each stored report announced once, no other")
                .containsExactlyInAnyOrderElementsOf(storedIds());
    }

    private List<String> bulk(String file) throws Exception {
        return mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(file))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().lines().toList();
    }

    private Set<String> storedExternalIds() {
        return Set.copyOf(jdbc.sql("SELECT external_id FROM report WHERE organisation_id = ?")
                .param(client.organisation()).query(String.class).list());
    }

    private List<ReportId> storedIds() {
        return jdbc.sql("SELECT id FROM report WHERE organisation_id = ?").param(client.organisation())
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list();
    }

    private MockHttpServletRequestBuilder single(String json) {
        return post("/api/v1/reports").header("Authorization", client.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
