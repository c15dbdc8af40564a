package pk.hifazat.media;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hifazat.pdq.PdqResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

@HifazatTest
class LookupApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    Curator curator;
    TestOrganisations.Client partner;
    TestOrganisations.Client stranger;
    BankId bank;
    BankId unshared;
    PdqResult original;

    @BeforeEach
    void sharedBank() throws Exception {
        curator = new Curator(mvc, jdbc, users);
        partner = new TestOrganisations(organisations, keys).create();
        stranger = new TestOrganisations(organisations, keys).create();
        original = TestImages.hash(TestImages.sample("bridge-1-original.jpg"));
        bank = curator.createBank("Shared", 31);
        curator.importFile(bank, "CSV", "shared.csv", "pdq," + original.hash().toHex() + ",1,Bridge\n"
                + "sha256,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,2,\n");
        unshared = curator.createBank("Not shared", 31);
        mvc.perform(post("/banks/" + bank + "/shares").session(curator.session()).with(csrf())
                        .param("organisation", partner.organisation().toString()).param("shared", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void answersThePartnersHashesWithTheEntriesOfItsSharedBanks() throws Exception {
        mvc.perform(lookup(partner, """
                        {"hashes": [{"algorithm": "SHA256", "value": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"},
                                    {"algorithm": "PDQ", "value": "%s"},
                                    {"algorithm": "MD5", "value": "00000000000000000000000000000000"}],
                         "banks": ["%s"]}
                        """.formatted(original.hash().toHex(), bank)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].matches[0].bank").value(bank.toString()))
                .andExpect(jsonPath("$.results[0].matches[0].distance").value(0))
                .andExpect(jsonPath("$.results[1].matches[0].series").value("Bridge"))
                .andExpect(jsonPath("$.results[2].matches").isEmpty());
    }

    @Test
    void findsAnUploadedImageTurnedAQuarterByItsRotations() throws Exception {
        byte[] turned = TestImages.sample("bridge-2-rotate-90.jpg");
        mvc.perform(multipart("/api/v1/lookup").file(new MockMultipartFile("image", "x.jpg", "image/jpeg", turned))
                        .param("banks", bank.toString()).header("Authorization", partner.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].algorithm").value("PDQ"))
                .andExpect(jsonPath("$.results[0].matches[*].bank", hasItem(bank.toString())));
    }

    @Test
    void refusesAKeyWithoutAccessToTheBankWithAProblem() throws Exception {
        String asked = """
                {"hashes": [{"algorithm": "PDQ", "value": "%s"}], "banks": ["%s"]}""";
        mvc.perform(lookup(partner, asked.formatted(original.hash().toHex(), unshared)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:bank-not-shared"));
        mvc.perform(lookup(stranger, """
                        {"hashes": [{"algorithm": "PDQ", "value": "%s"}]}""".formatted(original.hash().toHex())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:bank-not-shared"));
    }

    @Test
    void answersBadInputWithAProblemNamingEachField() throws Exception {
        mvc.perform(lookup(partner, """
                        {"hashes": [{"algorithm": "PDQ", "value": "abc"}, {"algorithm": "CRC32", "value": "00"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hifazat:problem:invalid-lookup"))
                .andExpect(jsonPath("$.errors[*].field", contains("hashes[0].value", "hashes[1].algorithm")));
        mvc.perform(lookup(partner, "{\"hashes\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(lookup(partner, "{\"hashes\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hashes"));
        mvc.perform(post("/api/v1/lookup").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiDescriptionHasTheLookup() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/lookup")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lookup(
            TestOrganisations.Client client, String json) {
        return post("/api/v1/lookup").header("Authorization", client.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
