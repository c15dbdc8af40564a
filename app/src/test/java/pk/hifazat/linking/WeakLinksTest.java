package pk.hifazat.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pk.hifazat.linking.LinkingReports.account;
import static pk.hifazat.linking.LinkingReports.unique;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;

/** The same handle on several platforms is shown as a weak link until an officer confirms it is one person. */
@HifazatTest
class WeakLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Test
    void aConfirmedHandleJoinsTheReportsNamingItOnEveryPlatform() throws Exception {
        LinkingReports reports = new LinkingReports(intake, clusters);
        String handle = unique("ShadowGift_");
        ReportId tiktok = reports.linkedTip(account("TikTok", "@" + handle.toUpperCase()));
        ReportId forum = reports.linkedTip(account("some forum", handle.toLowerCase()));
        ReportId tip = reports.linkedTip(account(null, handle));
        assertThat(List.of(clusters.clusterOf(tiktok), clusters.clusterOf(forum), clusters.clusterOf(tip)))
                .doesNotHaveDuplicates();
        String analyst = users.create("SUPERVISOR", "HQ");
        var session = SignIn.as(mvc, analyst);
        String folded = handle.toLowerCase();

        mvc.perform(get("/api/staff/v1/linking/weak-links").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].handle.value", hasItem(folded)));
        mvc.perform(get("/linking/weak-links").session(session)).andExpect(status().isOk());
        String key = mvc.perform(get("/api/staff/v1/linking/keys").param("kind", "HANDLE").param("value", "@" + handle)
                        .session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(key, "$.id")).longValue();

        mvc.perform(post("/linking/keys/" + id + "/confirmation").session(session).with(csrf())
                        .param("reason", "Same profile picture and the same victim on both"))
                .andExpect(status().is3xxRedirection());

        ClusterId one = clusters.clusterOf(tiktok).orElseThrow();
        assertThat(clusters.clusterOf(forum)).contains(one);
        assertThat(clusters.clusterOf(tip)).contains(one);
        ReportId later = reports.linkedTip(account("Snapchat", handle));
        assertThat(clusters.clusterOf(later)).contains(one);
        assertThat(clusters.sharedBy(later, 5)).filteredOn(s -> s.kind().equals(SharedIdentifier.HANDLE)).singleElement()
                .satisfies(s -> assertThat(s.strength()).isEqualTo(LinkStrength.STRONG));
        assertThat(audit.latest(5, analyst, Long.toString(id))).extracting(AuditEntry::action).contains("CONFIRM_WEAK_LINK");
    }
}
