package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Victim;
import pk.hifazat.linking.Clusters;

/** Each way a report's district is found, first that applies, and the national queue when none does. */
@HifazatTest
class DistrictResolutionTest {

    @Autowired Intake intake;
    @Autowired Triage triage;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<Clusters> clusters;
    @Autowired ReportRows rows;
    @Autowired QueueItems items;
    @Autowired Routing routing;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    TriageTestReports reports;

    @BeforeEach
    void setUp() {
        reports = new TriageTestReports(intake, triage, jdbc, clusters);
    }

    private ReportRow triaged(String description, LocationHint location, List<pk.hifazat.intake.Account> accounts) {
        UUID id = reports.tip(TriageTestReports.content(description, List.of(), location, accounts, List.of()));
        return rows.of(id).orElseThrow();
    }

    @Test
    void theDistrictTheReporterChoseComesFirst() {
        ReportRow row = triaged("A man in Lahore messages children.", new LocationHint("PK", "Muzaffargarh", null, null, null), List.of());
        assertThat(row.district()).isEqualTo("PK623");
        assertThat(row.districtRule()).isEqualTo(DistrictRule.CHOSEN);
    }

    @Test
    void anUrduPlaceNameInsideASentenceNamesTheDistrict() {
        ReportRow row = triaged("مظفر گڑھ میں ایک آدمی بچوں کو گیم کے تحفے دے کر بلاتا ہے۔", null, List.of());
        assertThat(row.district()).isEqualTo("PK623");
        assertThat(row.districtRule()).isEqualTo(DistrictRule.NAMED);
    }

    @Test
    void anEnglishPlaceNameInsideASentenceNamesTheDistrict() {
        ReportRow row = triaged("The boy lives near the bus stand in Muzaffargarh with his uncle.", null, List.of());
        assertThat(row.district()).isEqualTo("PK623");
        assertThat(row.districtRule()).isEqualTo(DistrictRule.NAMED);
    }

    @Test
    void aLandlineAreaCodeNamesTheDistrictButAMobileNumberDoesNot() {
        ReportRow landline = triaged("He calls from an office number.", null, List.of(TriageTestReports.phone("061-4512345")));
        assertThat(landline.district()).isEqualTo("PK622");
        assertThat(landline.districtRule()).isEqualTo(DistrictRule.AREA_CODE);
        assertThat(landline.districtDetail()).isEqualTo("Multan");

        ReportRow mobile = triaged("He sends messages from this number.", null, List.of(TriageTestReports.phone("0300-7654321")));
        assertThat(mobile.district()).isNull();
        assertThat(mobile.districtRule()).isEqualTo(DistrictRule.UNRESOLVED);
    }

    @Test
    void coordinatesGoToTheNearestDistrictCentreWithinReach() {
        ReportRow near = triaged("Seen at this place.", new LocationHint("PK", null, null, 29.90, 71.02), List.of());
        assertThat(near.district()).isEqualTo("PK623");
        assertThat(near.districtRule()).isEqualTo(DistrictRule.COORDINATES);

        ReportRow sea = triaged("Seen on a boat.", new LocationHint(null, null, null, 15.0, 60.0), List.of());
        assertThat(sea.district()).isNull();
    }

    @Test
    void aReportThatNamesNoPlaceGoesToTheNationalIntakeQueue() {
        ReportRow row = triaged("Someone sends strange messages to children online.", null, List.of());
        assertThat(row.districtRule()).isEqualTo(DistrictRule.UNRESOLVED);
        QueueItem item = items.of(row.cluster()).orElseThrow();
        assertThat(item.district()).isNull();
        assertThat(item.queueUnit()).isEqualTo(routing.national().id().value());
    }

    @Test
    void aReportThatNamesNoPlaceTakesTheDistrictOfTheReportsItIsLinkedTo() throws Exception {
        String phone = TriageTestReports.uniqueMobile();
        List<UUID> tips = reports.linkedTips(
                TriageTestReports.content("A man in Muzaffargarh offers gifts to children.", List.of(), null,
                        List.of(TriageTestReports.phone(phone)), List.of()),
                TriageTestReports.content("He also wrote to my son.", List.of(), null,
                        List.of(TriageTestReports.phone(phone)), List.of(new Victim(9, null, null, null, null, null))));
        UUID silent = tips.get(1);
        assertThat(rows.of(silent).orElseThrow().district()).isNull();
        QueueItem item = items.of(rows.of(silent).orElseThrow().cluster()).orElseThrow();
        assertThat(item.district()).isEqualTo("PK623");

        var analyst = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/api/staff/v1/triage/reports/{id}", silent).session(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.district.code").value("PK623"))
                .andExpect(jsonPath("$.districtRule").value("LINKED_REPORT"));
    }

    @Test
    void aPlaceAbroadIsFlaggedForCooperation() {
        ReportRow row = triaged("The man writes from abroad.", new LocationHint("DE", null, "Berlin", null, null),
                List.of(new pk.hifazat.intake.Account(null, null, null, null, null, "man@web.de", null, null, null, null)));
        assertThat(row.abroadCountry()).isEqualTo("DE");
        assertThat(items.of(row.cluster()).orElseThrow().abroadCountry()).isEqualTo("DE");
    }
}
