package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every administration form answers a request that lacks its fields, or sends them malformed, on the
 * form itself in the user's language: a browser that drops a field, or a hand-made request, never
 * gets an error page or a 500.
 */
@HifazatTest
class AdministrationFormsTest {

    private static final List<String> FORMS = List.of("/admin/users", "/admin/units", "/admin/districts",
            "/admin/api-keys/organisations");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private MockHttpSession administrator() throws Exception {
        return SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
    }

    private MockHttpServletRequestBuilder form(String path, MockHttpSession session, Map<String, String> fields) {
        var request = post(path).session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void everyFormWithoutAnyFieldIsAnsweredOnTheFormNamingTheProblem() throws Exception {
        var session = administrator();
        for (String path : FORMS) {
            mvc.perform(form(path, session, Map.of()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")));
        }
    }

    @Test
    void everyFormWithoutAnyFieldAnswersInUrduWhenTheUserChoseUrdu() throws Exception {
        var session = administrator();
        for (String path : FORMS) {
            mvc.perform(form(path, session, Map.of("lang", "ur")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("dir=\"rtl\"")))
                    .andExpect(content().string(containsString("کچھ درست نہیں")));
        }
    }

    @Test
    void aNewUnitWithoutTheNationalCheckboxFieldIsAnsweredOnTheForm() throws Exception {
        mvc.perform(form("/admin/units", administrator(), Map.of("code", "NO-NATIONAL", "kind", "DISTRICT_UNIT",
                        "nameEn", "Somewhere", "nameUr", "کہیں")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one district")));
    }

    @Test
    void aMalformedNationalFlagOrDistrictIsAnsweredOnTheFormNamingTheField() throws Exception {
        mvc.perform(form("/admin/units", administrator(), Map.of("code", "BAD-FLAG", "kind", "DISTRICT_UNIT",
                        "nameEn", "Somewhere", "nameUr", "کہیں", "national", "perhaps", "districts", "not a district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("National jurisdiction (every district)")))
                .andExpect(content().string(containsString("href=\"#national\"")))
                .andExpect(content().string(containsString("id=\"national\"")))
                .andExpect(content().string(containsString("One of the chosen districts does not exist")));
    }

    @Test
    void aNewUserWithOnlyAUsernameIsAnsweredOnTheFormForEveryOtherField() throws Exception {
        mvc.perform(form("/admin/users", administrator(), Map.of("username", "only.a.name")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person&#39;s full name")))
                .andExpect(content().string(containsString("Choose a role")))
                .andExpect(content().string(containsString("Choose a home unit")))
                .andExpect(content().string(containsString("Enter a first password")));
    }

    @Test
    void aNewDistrictWithOnlyACodeIsAnsweredOnTheFormForEveryOtherField() throws Exception {
        mvc.perform(form("/admin/districts", administrator(), Map.of("code", "PK99999")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the province or territory")))
                .andExpect(content().string(containsString("Enter the name in English")))
                .andExpect(content().string(containsString("Enter the name in Urdu")));
    }

    @Test
    void anOverlongNameInAnyFormIsAnsweredOnTheForm() throws Exception {
        var session = administrator();
        String name = "N".repeat(10_000);
        mvc.perform(form("/admin/users", session, Map.of("username", "long.name", "displayName", name,
                        "role", "AUDITOR", "unitCode", "HQ", "password", "a good long password")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The name is too long")));
        mvc.perform(form("/admin/units", session, Map.of("code", "LONG-NAME", "kind", "HEADQUARTERS",
                        "nameEn", name, "nameUr", name, "national", "true")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The name is too long")));
        mvc.perform(form("/admin/districts", session, Map.of("code", "PK9988", "province", "PK6",
                        "nameEn", name, "nameUr", name)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The name is too long")));
        mvc.perform(form("/admin/api-keys/organisations", session, Map.of("name", name, "kind", "PLATFORM")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The name is too long")));
    }

    /** No keyboard types a NUL, and PostgreSQL refuses one in text: it is dropped before anything is stored. */
    @Test
    void aControlCharacterInAFormIsDroppedRatherThanFailingTheRequest() throws Exception {
        var session = administrator();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(form("/admin/users", session, Map.of("username", "nul." + suffix, "displayName", "Nul\u0000 Name",
                        "role", "AUDITOR", "unitCode", "HQ", "password", "a good long password")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("/admin/units", session, Map.of("code", "NUL-" + suffix, "kind", "HEADQUARTERS",
                        "nameEn", "Nul\u0000 Unit", "nameUr", "نام", "national", "true")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("/admin/api-keys/organisations", session, Map.of("name", "Nul\u0000 " + suffix, "kind", "PLATFORM")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param("nul." + suffix)
                .query(String.class).single()).isEqualTo("Nul Name");
        assertThat(jdbc.sql("SELECT name_en FROM unit WHERE code = ?").param("NUL-" + suffix)
                .query(String.class).single()).isEqualTo("Nul Unit");
    }

    @Test
    void aMalformedOrganisationOrKeyInTheAddressIsRefusedAsTheClientsMistake() throws Exception {
        mvc.perform(form("/admin/api-keys/organisations/not-a-uuid/keys", administrator(), Map.of()))
                .andExpect(status().is4xxClientError());
        mvc.perform(form("/admin/api-keys/keys/not-a-uuid/revoke", administrator(), Map.of()))
                .andExpect(status().is4xxClientError());
    }
}
