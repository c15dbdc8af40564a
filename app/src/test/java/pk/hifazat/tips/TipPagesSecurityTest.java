package pk.hifazat.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** The tip form and the receipt page have their own security chain: open to all, CSRF-protected, strict headers. */
@HifazatTest
class TipPagesSecurityTest {

    private static final List<String> STRICT_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
            "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security", "X-Content-Type-Options");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    FilterChainProxy security;

    @Autowired
    @Qualifier("publicTips")
    SecurityFilterChain publicTips;

    private SecurityFilterChain chainFor(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return security.getFilterChains().stream().filter(chain -> chain.matches(request)).findFirst().orElseThrow();
    }

    private long reports() {
        return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
    }

    @Test
    void theTipPagesAreServedByTheirOwnChainAndNothingElseIs() {
        for (String path : List.of("/report", "/report/received", "/receipt", "/receipt/information")) {
            assertThat(chainFor("GET", path)).as(path).isSameAs(publicTips);
            assertThat(chainFor("POST", path)).as(path).isSameAs(publicTips);
        }
        for (String path : List.of("/", "/login", "/intake", "/reports", "/receipts", "/css/hifazat.css")) {
            assertThat(chainFor("GET", path)).as(path).isNotSameAs(publicTips);
        }
    }

    @Test
    void theTipPagesCarryExactlyTheStaffPagesStrictHeaders() throws Exception {
        MockHttpServletResponse signIn = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        for (String path : List.of("/report", "/receipt")) {
            MockHttpServletResponse page = mvc.perform(get(path).secure(true))
                    .andExpect(status().isOk()).andReturn().getResponse();
            for (String header : STRICT_HEADERS) {
                assertThat(page.getHeader(header)).as(path + " " + header)
                        .isNotBlank().isEqualTo(signIn.getHeader(header));
            }
            assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void formsSentWithoutTheCsrfTokenAreRefusedAndStoreNothing() throws Exception {
        long before = reports();
        mvc.perform(multipart("/report").param("category", "OTHER").param("description", "no token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/receipt").param("code", "HZ-0000-0000")).andExpect(status().isForbidden());
        mvc.perform(multipart("/receipt/information").param("code", "HZ-0000-0000").param("description", "no token"))
                .andExpect(status().isForbidden());
        assertThat(reports()).isEqualTo(before);
        mvc.perform(post("/receipt").with(csrf()).with(request -> {
            request.setRemoteAddr("10.30.0.1");
            return request;
        }).param("code", "HZ-0000-0000")).andExpect(status().isOk());
    }

    @Test
    void aSignedInOfficerOpeningTheTipFormStillSeesTheirNavigation() throws Exception {
        var administrator = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(get("/report").session(administrator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("action=\"/logout\"")));
        mvc.perform(get("/report"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))))
                .andExpect(content().string(not(containsString("action=\"/logout\""))));
    }
}
