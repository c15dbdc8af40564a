package pk.hifazat.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** What the public meets first (issue 17, item 5): the report form at the site's address, in their language. */
@HifazatTest
class PublicLandingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theSitesAddressTakesAVisitorToTheReportFormAndStaffToTheirHomePage() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl()).endsWith("/report");
        assertThat(mvc.perform(get("/intake")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void theFormLinksTheStaffSignInTheReceiptPageAndTheHelplinesAsNumbersToCall() throws Exception {
        mvc.perform(get("/report").param("lang", "ur"))
                .andExpect(content().string(containsString("href=\"/login\"")))
                .andExpect(content().string(containsString("href=\"/receipt\"")))
                .andExpect(content().string(containsString("href='tel:15'")))
                .andExpect(content().string(containsString("href='tel:1799'")));
    }

    @Test
    void theFilePickerAndEveryMessageSpeakThePagesLanguageAndNotKnownIsOfferedOnce() throws Exception {
        mvc.perform(get("/report").param("lang", "ur"))
                .andExpect(content().string(containsString("فائلیں منتخب کریں")))
                .andExpect(content().string(containsString("novalidate")))
                .andExpect(content().string(not(containsString("value=\"UNKNOWN\""))));
        mvc.perform(get("/receipt").param("lang", "ur"))
                .andExpect(content().string(not(containsString(" required"))));
        mvc.perform(post("/receipt").with(csrf()).param("lang", "ur").param("code", " "))
                .andExpect(content().string(containsString("اپنا رسید کوڈ لکھیں")));
    }
}
