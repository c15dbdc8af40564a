package pk.hifazat.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** Unit and district pickers are grouped by province, named in the page's language, and can be narrowed without script. */
@HifazatTest
class PlacePickersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theHomeUnitPickerGroupsUnitsByProvinceInUrduOnAnUrduPage() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String page = page(get("/admin/users").session(admin).param("lang", "ur"));
        assertThat(page).contains("<optgroup label=\"پنجاب\"").contains("لاہور")
                .doesNotContain("<optgroup label=\"Punjab\"");
    }

    @Test
    void aFilterNarrowsTheUnitAndDistrictPickersByNameOrProvince() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String users = page(get("/admin/users").session(admin).param("find", "lahore"));
        assertThat(users).contains("DCU-PK617").doesNotContain("DCU-PK702");
        String units = page(get("/admin/units").session(admin).param("find", "karachi"));
        assertThat(units).contains("value=\"PK702\"").doesNotContain("value=\"PK617\"");
    }

    @Test
    void theDistrictPickerGroupsDistrictsByProvince() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        assertThat(page(get("/admin/units").session(admin))).contains("<optgroup label=\"Sindh\"");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
