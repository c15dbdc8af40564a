package pk.hifazat.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.AbuserRelationship;
import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.IncidentPlace;
import pk.hifazat.cases.PersonId;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;

/**
 * A known data set — reports, cases, children and suspects of March 2011 (and two reports and a case
 * of February, the period before) — announced through the sources' events, and every breakdown
 * checked against figures worked out by hand below.
 *
 * <pre>
 * reports  R1 1 Mar public   Lahore       P1    R4 15 Mar industry Muzaffargarh P3
 *          R2 1 Mar industry Lahore       P2    R5 20 Mar public   Quetta       P4
 *          R3 2 Mar industry Muzaffargarh P1    R6 31 Mar industry (no district) P4
 *          February: two, Lahore
 * cases    C1 5 Mar Lahore (sextortion, from a tip): girls 8 and 12, boy 14; suspect S1 arrested 6 Mar,
 *             charged 20 Mar, S2 never; the 8- and 12-year-old rescued 7 Mar
 *          C2 10 Mar Muzaffargarh (child sexual abuse, from a tip): boy 4, a child of unknown age and
 *             gender; suspect S3 arrested 11 Mar (the boy named in the arrest too), convicted 25 Mar;
 *             closed 28 Mar
 *          C3 12 Mar Quetta (no reports, no offence: other): a girl of 17
 *          C4 15 Feb Lahore (child marriage, from a tip): a girl of 15
 * </pre>
 */
@HifazatTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARCH = "from=2011-03-01&to=2011-03-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private MockHttpSession national;

    @BeforeAll
    void loadTheKnownFigures() throws Exception {
        national = SignIn.as(mvc, users.create("SUPERVISOR", "HQ"));
        ReportId abuseTip = tip(IncidentType.CHILD_SEXUAL_MOLESTATION, List.of());
        ReportId sextortionTip = tip(IncidentType.ONLINE_ENTICEMENT, List.of(ReportAnnotation.SEXTORTION));
        ReportId marriageTip = tip(null, List.of(ReportAnnotation.CHILD_MARRIAGE));

        KnownFigures data = new KnownFigures(events, transactions, 2011);
        data.report(3, 1, ReportSource.PUBLIC, KnownFigures.LAHORE, Priority.P1);
        data.report(3, 1, ReportSource.INDUSTRY, KnownFigures.LAHORE, Priority.P2);
        data.report(3, 2, ReportSource.INDUSTRY, KnownFigures.MUZAFFARGARH, Priority.P1);
        data.report(3, 15, ReportSource.INDUSTRY, KnownFigures.MUZAFFARGARH, Priority.P3);
        data.report(3, 20, ReportSource.PUBLIC, KnownFigures.QUETTA, Priority.P4);
        data.report(3, 31, ReportSource.INDUSTRY, null, Priority.P4);
        data.report(2, 10, ReportSource.INDUSTRY, KnownFigures.LAHORE, Priority.P2);
        data.report(2, 20, ReportSource.PUBLIC, KnownFigures.LAHORE, Priority.P3);

        CaseId c1 = data.openCase(3, 5, KnownFigures.LAHORE, List.of(sextortionTip));
        PersonId v1 = data.victim(c1, KnownFigures.LAHORE, 3, 5, 8, "FEMALE", AbuserRelationship.RELATIVE,
                IncidentPlace.OWN_HOME);
        PersonId v2 = data.joins(c1, CaseRole.VICTIM, KnownFigures.LAHORE, 3, 5, 12, "FEMALE");
        data.joins(c1, CaseRole.VICTIM, KnownFigures.LAHORE, 3, 5, 14, "MALE");
        PersonId s1 = data.joins(c1, CaseRole.SUSPECT, KnownFigures.LAHORE, 3, 5, 40, "MALE");
        data.joins(c1, CaseRole.SUSPECT, KnownFigures.LAHORE, 3, 5, null, null);
        data.happened(c1, CaseEventKind.ARREST, 3, 6, s1);
        data.happened(c1, CaseEventKind.CHARGE_SHEET, 3, 20, s1);
        data.rescued(c1, v1, 3, 7);
        data.rescued(c1, v2, 3, 7);
        data.safeguarded(c1, v2, KnownFigures.LAHORE, 3, 8);

        CaseId c2 = data.openCase(3, 10, KnownFigures.MUZAFFARGARH, List.of(abuseTip));
        PersonId v4 = data.victim(c2, KnownFigures.MUZAFFARGARH, 3, 10, 4, "MALE", AbuserRelationship.ONLINE_CONTACT,
                IncidentPlace.ONLINE);
        data.joins(c2, CaseRole.VICTIM, KnownFigures.MUZAFFARGARH, 3, 10, null, null);
        PersonId s3 = data.joins(c2, CaseRole.SUSPECT, KnownFigures.MUZAFFARGARH, 3, 10, 35, "MALE");
        data.happened(c2, CaseEventKind.ARREST, 3, 11, s3, v4);
        data.happened(c2, CaseEventKind.CONVICTION, 3, 25, s3);
        data.closed(c2, CaseOutcome.CONVICTED, 3, 28);

        CaseId c3 = data.openCase(3, 12, KnownFigures.QUETTA, List.of());
        data.joins(c3, CaseRole.VICTIM, KnownFigures.QUETTA, 3, 12, 17, "FEMALE");

        CaseId c4 = data.openCase(2, 15, KnownFigures.LAHORE, List.of(marriageTip));
        data.joins(c4, CaseRole.VICTIM, KnownFigures.LAHORE, 2, 15, 15, "FEMALE");

        // Everything is counted when the last figures are in: children 6 in March, the cases' categories set.
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .failFast("never counted: " + last[0], () -> false).until(() -> {
            JsonNode march = dashboard(MARCH);
            last[0] = march;
            return total(march, "VICTIMS_IDENTIFIED") == 6 && total(march, "SUSPECTS_CONVICTED") == 1
                    && total(march, "VICTIMS_SAFEGUARDED") == 2 && total(march, "REPORTS") == 6
                    && cell(march, "categories", "SEXTORTION", "CASES") == 1
                    && cell(march, "categories", "CHILD_SEXUAL_ABUSE", "CASES") == 1
                    && cell(dashboard("from=2011-02-01&to=2011-02-28"), "categories", "CHILD_MARRIAGE", "CASES") == 1;
        });
    }

    @Test
    void countsEachReportOnceAndEachCaseOnceButEveryChildOfACase() throws Exception {
        JsonNode march = dashboard(MARCH);

        assertThat(total(march, "REPORTS")).isEqualTo(6);
        assertThat(total(march, "CASES")).isEqualTo(3);
        assertThat(total(march, "VICTIMS_IDENTIFIED")).isEqualTo(6);
        assertThat(total(march, "VICTIMS_SAFEGUARDED")).isEqualTo(2);
        assertThat(total(march, "SUSPECTS_ARRESTED")).as("the boy named in the arrest is no suspect").isEqualTo(2);
        assertThat(total(march, "SUSPECTS_CHARGED")).isEqualTo(1);
        assertThat(total(march, "SUSPECTS_CONVICTED")).isEqualTo(1);
    }

    @Test
    void givesTheAveragePerDayAndTheChangeAgainstThePeriodBefore() throws Exception {
        JsonNode reports = headline(dashboard(MARCH), "REPORTS");

        assertThat(reports.get("perDay").asDouble()).isEqualTo(0.2);
        assertThat(reports.get("previous").asLong()).as("29 January to 28 February").isEqualTo(2);
        assertThat(reports.get("change").asLong()).isEqualTo(200);
        assertThat(headline(dashboard(MARCH), "VICTIMS_IDENTIFIED").get("change").asLong()).isEqualTo(500);
        assertThat(headline(dashboard(MARCH), "SUSPECTS_ARRESTED").get("change").isNull()).isTrue();
    }

    @Test
    void mapsReportsAndCasesToTheirCategoriesThroughTheTable() throws Exception {
        JsonNode march = dashboard(MARCH);

        assertThat(cell(march, "categories", "OTHER", "REPORTS")).as("reports intake does not know").isEqualTo(6);
        assertThat(cell(march, "categories", "SEXTORTION", "CASES")).isEqualTo(1);
        assertThat(cell(march, "categories", "SEXTORTION", "VICTIMS_IDENTIFIED")).isEqualTo(3);
        assertThat(cell(march, "categories", "CHILD_SEXUAL_ABUSE", "VICTIMS_IDENTIFIED")).isEqualTo(2);
        assertThat(cell(march, "categories", "OTHER", "CASES")).isEqualTo(1);
        assertThat(cell(march, "categories", "ABDUCTION", "CASES")).isZero();
        assertThat(total(dashboard(MARCH + "&category=SEXTORTION"), "VICTIMS_IDENTIFIED")).isEqualTo(3);
    }

    @Test
    void ranksDistrictsByCasesThenReports() throws Exception {
        JsonNode districts = table(dashboard(MARCH), "districts");

        List<String> order = new ArrayList<>();
        districts.get("rows").forEach(r -> order.add(r.get("key").asString()));
        assertThat(order).containsExactly("PK617", "PK623", "PK226", "UNKNOWN");
        assertThat(row(dashboard(MARCH), "districts", "PK617")).containsExactly(2L, 1L, 3L, 2L, 1L);
        assertThat(row(dashboard(MARCH), "districts", "PK623")).containsExactly(2L, 1L, 2L, 0L, 1L);
        assertThat(row(dashboard(MARCH), "districts", "PK226")).containsExactly(1L, 1L, 1L, 0L, 0L);
        assertThat(row(dashboard(MARCH), "districts", "UNKNOWN")).containsExactly(1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void breaksChildrenDownByAgeBandGenderRelationshipAndPlace() throws Exception {
        JsonNode march = dashboard(MARCH);

        assertThat(row(march, "age", "AGE_0_5")).containsExactly(1L, 0L);
        assertThat(row(march, "age", "AGE_6_10")).containsExactly(1L, 1L);
        assertThat(row(march, "age", "AGE_11_15")).containsExactly(2L, 1L);
        assertThat(row(march, "age", "AGE_16_18")).containsExactly(1L, 0L);
        assertThat(row(march, "age", "UNKNOWN")).containsExactly(1L, 0L);
        assertThat(row(march, "gender", "FEMALE")).containsExactly(3L, 2L);
        assertThat(row(march, "gender", "MALE")).containsExactly(2L, 0L);
        assertThat(row(march, "gender", "UNKNOWN")).containsExactly(1L, 0L);
        assertThat(row(march, "relationship", "RELATIVE")).containsExactly(1L, 1L);
        assertThat(row(march, "relationship", "ONLINE_CONTACT")).containsExactly(1L, 0L);
        assertThat(row(march, "relationship", "UNKNOWN")).containsExactly(4L, 1L);
        assertThat(row(march, "place", "OWN_HOME")).containsExactly(1L, 1L);
        assertThat(row(march, "place", "ONLINE")).containsExactly(1L, 0L);
        assertThat(row(march, "place", "UNKNOWN")).containsExactly(4L, 1L);
    }

    @Test
    void breaksReportsDownBySourceAndPriority() throws Exception {
        JsonNode march = dashboard(MARCH);

        assertThat(row(march, "source", "PUBLIC")).containsExactly(2L);
        assertThat(row(march, "source", "INDUSTRY")).containsExactly(4L);
        assertThat(row(march, "priority", "P1")).containsExactly(2L);
        assertThat(row(march, "priority", "P2")).containsExactly(1L);
        assertThat(row(march, "priority", "P3")).containsExactly(1L);
        assertThat(row(march, "priority", "P4")).containsExactly(2L);
    }

    @Test
    void countsReportsAnnouncedInOneBatchOnceEachInTheirDayDistrictAndPriority() {
        new KnownFigures(events, transactions, 2013).reportsAtOnce(4, 9, ReportSource.PUBLIC, KnownFigures.QUETTA,
                Priority.P2, 3);
        String april = "from=2013-04-01&to=2013-04-30";

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode counted = dashboard(april);
            assertThat(total(counted, "REPORTS")).isEqualTo(3);
            assertThat(row(counted, "trend", "2013-04-09")).containsExactly(3L, 0L, 0L, 0L);
            assertThat(row(counted, "districts", "PK226")).containsExactly(3L, 0L, 0L, 0L, 0L);
            assertThat(row(counted, "source", "PUBLIC")).containsExactly(3L);
            assertThat(row(counted, "priority", "P2")).containsExactly(3L);
        });
    }

    @Test
    void drawsTheTrendDayByDayForAMonth() throws Exception {
        JsonNode march = dashboard(MARCH);

        assertThat(table(march, "trend").get("rows")).hasSize(31);
        assertThat(row(march, "trend", "2011-03-01")).containsExactly(2L, 0L, 0L, 0L);
        assertThat(row(march, "trend", "2011-03-05")).containsExactly(0L, 1L, 3L, 0L);
        assertThat(row(march, "trend", "2011-03-07")).containsExactly(0L, 0L, 0L, 2L);
        assertThat(row(dashboard("from=2011-01-01&to=2011-12-31&grain=MONTH"), "trend", "2011-02-01"))
                .containsExactly(2L, 1L, 1L, 0L);
    }

    @Test
    void aProvinceSeesItsDistrictsAndADistrictOfficerOnlyTheirs() throws Exception {
        assertThat(total(dashboard(MARCH + "&province=PK6"), "REPORTS")).isEqualTo(4);
        assertThat(total(dashboard(MARCH + "&province=PK6"), "VICTIMS_IDENTIFIED")).isEqualTo(5);
        assertThat(total(dashboard(MARCH + "&district=PK226"), "CASES")).isEqualTo(1);

        MockHttpSession lahore = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"));
        JsonNode theirs = JSON.readTree(mvc.perform(get("/api/staff/v1/statistics/dashboard?" + MARCH).session(lahore))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(total(theirs, "REPORTS")).isEqualTo(2);
        assertThat(total(theirs, "VICTIMS_IDENTIFIED")).isEqualTo(3);
        mvc.perform(get("/api/staff/v1/statistics/dashboard?" + MARCH + "&district=PK623").session(lahore))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics/operations?" + MARCH).session(lahore)).andExpect(status().isForbidden());
    }

    @Test
    void givesSupervisorsTheWaitsAndTheBacklog() throws Exception {
        JsonNode operations = JSON.readTree(mvc.perform(get("/api/staff/v1/statistics/operations?" + MARCH).session(national))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        // Identified at noon on 5 March, rescued on 7 March (counted from its start): 36 hours, twice.
        assertThat(rowOf(operations, "waits", "SAFEGUARDING")).containsExactly(2L, 36L, 36L);
        // One case open before March (C4); three opened and one closed in March.
        assertThat(rowOf(operations, "backlog", "2011-03-31")).containsExactly(0L, 0L, 3L);
        assertThat(rowOf(operations, "backlog", "2011-03-28")).containsExactly(0L, 1L, 3L);
        assertThat(rowOf(operations, "backlog", "2011-03-01")).containsExactly(0L, 0L, 1L);
        assertThat(rowOf(operations, "units", "DCU-PK617")).containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(tableIn(operations, "overdue").get("columns").get(0).get("key").asString()).isEqualTo("TASKS");
        assertThat(tableIn(operations, "overdue").get("columns").get(1).get("key").asString()).isEqualTo("REQUESTS");
    }

    @Test
    void showsTheDashboardsAndTheOperationalFiguresAsPagesInEnglishAndUrdu() throws Exception {
        for (String lang : List.of("en", "ur")) {
            String page = mvc.perform(get("/statistics?" + MARCH + "&lang=" + lang).session(national))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("figure-trend").contains("echarts.min.js");
            mvc.perform(get("/statistics/operations?" + MARCH + "&lang=" + lang).session(national)).andExpect(status().isOk());
            mvc.perform(get("/statistics?" + MARCH + "&province=PK6&lang=" + lang).session(national)).andExpect(status().isOk());
        }
        mvc.perform(get("/statistics/categories").session(national)).andExpect(status().isOk());
    }

    @Test
    void aSupervisorMovesAnAnnotationToAnotherCategoryAndEveryFigureFollows() throws Exception {
        String february = "from=2011-02-01&to=2011-02-28";
        try {
            mvc.perform(post("/statistics/categories").session(national).with(csrf())
                            .param("kind", "ANNOTATION").param("code", "CHILD_MARRIAGE").param("category", "ABDUCTION"))
                    .andExpect(status().is3xxRedirection());
            assertThat(cell(dashboard(february), "categories", "ABDUCTION", "CASES")).isEqualTo(1);
            assertThat(cell(dashboard(february), "categories", "CHILD_MARRIAGE", "CASES")).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CHANGE_CATEGORY' AND target_id = 'ANNOTATION:CHILD_MARRIAGE'")
                    .query(Long.class).single()).isPositive();
        } finally {
            mvc.perform(post("/statistics/categories").session(national).with(csrf())
                    .param("kind", "ANNOTATION").param("code", "CHILD_MARRIAGE").param("category", "CHILD_MARRIAGE"));
        }
        assertThat(cell(dashboard(february), "categories", "CHILD_MARRIAGE", "CASES")).isEqualTo(1);
        mvc.perform(post("/statistics/categories").session(SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617")))
                .with(csrf()).param("kind", "ANNOTATION").param("code", "SPAM").param("category", "OTHER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersBadInputWithAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/staff/v1/statistics/dashboard?from=31-03-2011").session(national))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field").value("from"));
        mvc.perform(get("/statistics?from=2011-04-01&to=2011-03-01").session(national)).andExpect(status().isBadRequest());
    }

    @Test
    void describesItsJsonInTheOpenApiDocument() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/staff/v1/statistics/dashboard", "/api/staff/v1/statistics/operations", "/api/public/v1/statistics");
    }

    @Test
    void exportsATableAsCsv() throws Exception {
        String csv = mvc.perform(get("/statistics/tables/gender.csv?" + MARCH + "&lang=en").session(national))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("FEMALE,Girls,3,2\r\n").contains("MALE,Boys,2,0\r\n");
    }

    @Test
    void publishesTheYearWithoutAccountEveryCountUnderFiveWithheld() throws Exception {
        JsonNode report = JSON.readTree(mvc.perform(get("/api/public/v1/statistics?year=2011&lang=en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        JsonNode byAge = null;
        for (JsonNode t : report.get("tables")) {
            if (t.get("id").asString().equals("childrenByAge")) {
                byAge = t;
            }
            t.get("rows").forEach(r -> r.get("cells").forEach(c ->
                    assertThat(c.asString()).as("no count from 1 to 4 shows").isIn("0", "<5", "x", "7")));
        }
        // 1 + 1 + 3 + 1 + 1 children: each band withheld, the total of 7 pins none of them.
        List<String> cells = new ArrayList<>();
        byAge.get("rows").forEach(r -> cells.add(r.get("cells").get(0).asString()));
        assertThat(cells).containsExactly("<5", "<5", "<5", "<5", "<5", "7");
        mvc.perform(get("/public/statistics?year=2011")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/public/statistics/report.pdf?year=2011")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(mvc.perform(get("/public/statistics/report.csv?year=2011&lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<5");
    }

    private ReportId tip(IncidentType type, List<ReportAnnotation> annotations) {
        ReportId id = intake.submitTip(new ReportContent(null, type, null, null, null, List.of(), annotations,
                "Statistics test " + UUID.randomUUID(), List.of(), List.of(), List.of(), List.of(), null), null).report();
        return id;
    }

    private JsonNode dashboard(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/staff/v1/statistics/dashboard?" + query).session(national))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode headline(JsonNode dashboard, String measure) {
        for (JsonNode h : dashboard.get("headline")) {
            if (h.get("measure").asString().equals(measure)) {
                return h;
            }
        }
        throw new AssertionError("no headline " + measure);
    }

    private static long total(JsonNode dashboard, String measure) {
        return headline(dashboard, measure).get("total").asLong();
    }

    private static JsonNode table(JsonNode dashboard, String id) {
        return tableIn(dashboard.get("tables"), id);
    }

    private static JsonNode tableIn(JsonNode tables, String id) {
        for (JsonNode t : tables) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static List<Long> row(JsonNode dashboard, String table, String key) {
        return rowIn(table(dashboard, table), key);
    }

    private static List<Long> rowOf(JsonNode tables, String table, String key) {
        return rowIn(tableIn(tables, table), key);
    }

    private static List<Long> rowIn(JsonNode table, String key) {
        for (JsonNode r : table.get("rows")) {
            if (r.get("key").asString().equals(key)) {
                List<Long> values = new ArrayList<>();
                r.get("values").forEach(v -> values.add(v.asLong()));
                return values;
            }
        }
        throw new AssertionError("no row " + key + " in " + table.get("id"));
    }

    private static long cell(JsonNode dashboard, String table, String key, String column) {
        JsonNode t = table(dashboard, table);
        int index = 0;
        for (JsonNode c : t.get("columns")) {
            if (c.get("key").asString().equals(column)) {
                return rowIn(t, key).get(index);
            }
            index++;
        }
        throw new AssertionError("no column " + column);
    }
}
