package pk.hifazat.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/**
 * The navigation and the home page's cards come from the modules, and each user sees exactly the
 * pages they may open: every link shown opens, every link hidden would be refused.
 */
@HifazatTest
class NavigationTest {

    private static final Pattern NAV = Pattern.compile("<nav[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"([^\"?#]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    List<NavigationEntry> entries;

    @Autowired
    List<HomeCard> cards;

    @ParameterizedTest
    @CsvSource({
            "ADMINISTRATOR, HQ, /intake;/audit;/admin/users;/admin/units;/admin/districts;/admin/personal-data-key;/admin/api-keys;/statistics",
            "INTAKE_ANALYST, HQ, /intake;/linking/noise;/triage;/triage/rules;/cases;/cases/tasks;/safeguarding;/safeguarding/missing;/cooperation;/networks;/statistics",
            "SUPERVISOR, HQ, /intake;/linking/noise;/triage;/triage/escalated;/triage/rules;/cases;/cases/tasks;/safeguarding;/safeguarding/missing;/cooperation;/networks;/statistics",
            "SUPERVISOR, ZONE-PK6, /triage;/triage/escalated;/triage/rules;/cases;/cases/tasks;/safeguarding;/safeguarding/missing;/cooperation;/networks;/statistics",
            "AUDITOR, HQ, /audit",
            "DISTRICT_OFFICER, DCU-PK617, /triage;/triage/rules;/cases;/cases/tasks;/safeguarding;/safeguarding/missing;/cooperation;/networks;/statistics",
            "CPB_CASEWORKER, CPB-PK6, /safeguarding/office",
            "HASH_CURATOR, HQ, /banks"})
    void eachRoleSeesTheModulesPagesItMayOpen(String role, String unit, String expected) throws Exception {
        MockHttpSession session = SignIn.as(mvc, users.create(role, unit));
        String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();

        Set<String> shown = links(nav(home));
        shown.remove("/");
        Set<String> wanted = expected.isBlank() ? Set.of() : Set.of(expected.split(";"));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(wanted);

        for (NavigationEntry entry : entries) {
            int status = mvc.perform(get(entry.path()).session(session)).andReturn().getResponse().getStatus();
            if (shown.contains(entry.path())) {
                assertThat(status).as("%s opens %s", role, entry.path()).isEqualTo(200);
            } else {
                assertThat(status).as("%s is refused %s", role, entry.path()).isEqualTo(403);
            }
        }
        for (HomeCard card : cards) {
            assertThat(home.contains("href=\"" + card.path() + "\"")).as("card %s for %s", card.path(), role)
                    .isEqualTo(wanted.contains(card.path()));
        }
    }

    private static String nav(String page) {
        Matcher nav = NAV.matcher(page);
        assertThat(nav.find()).isTrue();
        return nav.group(1);
    }

    private static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
