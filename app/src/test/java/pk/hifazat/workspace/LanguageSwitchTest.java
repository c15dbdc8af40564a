package pk.hifazat.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** Switching language keeps the page the person is on, filters included. */
@HifazatTest
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theUrduLinkKeepsTheDesksFilters() throws Exception {
        MockHttpSession session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));

        String page = mvc.perform(get("/intake?source=PUBLIC&type=ONLINE_ENTICEMENT").session(session))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"?source=PUBLIC&amp;type=ONLINE_ENTICEMENT&amp;lang=ur\"");
    }

    @Test
    void theEnglishLinkReplacesTheChosenLanguageInsteadOfAddingASecond() throws Exception {
        String page = mvc.perform(get("/login?error&lang=ur")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"?error&amp;lang=en\"");
    }

    @Test
    void aQueryCannotBreakOutOfTheLink() throws Exception {
        MockHttpSession session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));

        String page = mvc.perform(get(URI.create("/intake?source=%22%3E%3Cb%3Ex")).session(session))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"?source=%22%3E%3Cb%3Ex&amp;lang=ur\"").doesNotContain("\"><b>x");
    }
}
