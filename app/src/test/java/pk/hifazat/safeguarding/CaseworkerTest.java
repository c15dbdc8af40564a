package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TableOwner;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/**
 * A Child Protection Bureau office's caseworker sees exactly the children referred to that office,
 * with their care plans, and nothing of the case: 403 on the case page, its API and its children.
 */
@HifazatTest
class CaseworkerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Units units;

    @Autowired
    TableOwner owner;

    @Test
    void theCaseworkerSeesExactlyTheChildrenReferredToTheirOfficeAndIsRefusedTheCase() throws Exception {
        String office = newOffice();
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"))));
        String number = sg.caseWithChildren("Referred to a new office", 4);
        List<String> children = sg.children(number);
        Safeguarding.ok(sg.safeguard(number, children, TODAY));
        Safeguarding.ok(sg.refer(number, children.subList(0, 2), office, TODAY));
        Safeguarding.ok(sg.refer(number, children.subList(2, 3), "CPB-PK617", TODAY));

        var caseworker = new CaseApi(mvc, SignIn.as(mvc, users.create("CPB_CASEWORKER", office)));
        var referred = CaseApi.json(caseworker.get(Safeguarding.BASE + "/office"));
        List<String> seen = new ArrayList<>();
        referred.forEach(c -> seen.add(c.get("id").asString()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(children.subList(0, 2));
        assertThat(referred.toString()).doesNotContain(number).doesNotContain("Test Child");

        for (String path : List.of("/cases/" + number, "/api/staff/v1/cases/" + number, "/cases/" + number + "/persons",
                "/safeguarding/cases/" + number, Safeguarding.BASE + "/cases/" + number,
                "/safeguarding/children/" + children.get(2), "/safeguarding/children/" + children.get(3),
                Safeguarding.BASE + "/children/" + children.get(3), "/safeguarding", "/cases")) {
            assertThat(caseworker.get(path).getResponse().getStatus()).as(path).isEqualTo(403);
        }
        var child = CaseApi.json(caseworker.get(Safeguarding.BASE + "/children/" + children.getFirst()));
        assertThat(child.get("child").get("caseNumber").isNull()).isTrue();

        Safeguarding.ok(caseworker.post(Safeguarding.BASE + "/children/" + children.getFirst() + "/goals",
                Map.of("area", "PSYCHOLOGICAL", "goal", "Weekly counselling sessions", "followUpOn", TODAY.plusDays(7).toString())));
        assertThat(sg.api().post(Safeguarding.BASE + "/children/" + children.get(1) + "/goals",
                Map.of("area", "MEDICAL", "goal", "Check-up", "followUpOn", TODAY.plusDays(7).toString()))
                .getResponse().getStatus()).as("officers keep no care plans").isEqualTo(403);
        String page = caseworker.get("/safeguarding/office?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Weekly counselling sessions", "Psychological").doesNotContain(number);
        assertThat(home(caseworker)).doesNotContain("overdue follow-up");

        owner.jdbc().sql("UPDATE safeguarding_care_goal SET follow_up_on = ? WHERE child_id = ?")
                .params(java.sql.Date.valueOf(TODAY.minusDays(1)), UUID.fromString(children.getFirst())).update();
        assertThat(home(caseworker)).contains("1 child has an overdue follow-up");
        Safeguarding.ok(caseworker.post(Safeguarding.BASE + "/children/" + children.getFirst() + "/rehabilitation",
                Map.of("on", TODAY.toString())));
    }

    private String home(CaseApi api) throws Exception {
        return api.get("/?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A bureau office of its own, so that what its caseworker sees is only this test's. */
    private String newOffice() {
        String code = "CPB-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        units.create(code, UnitKind.CPB_OFFICE, new LocalisedName("Test bureau office", "ٹیسٹ بیورو دفتر"), false,
                Set.of(new DistrictCode("PK622")));
        return code;
    }
}
