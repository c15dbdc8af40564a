package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.media.internal.MediaProperties;

@HifazatTest
class HashImportsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    MediaProperties properties;

    Curator curator;

    @BeforeEach
    void curator() throws Exception {
        curator = new Curator(mvc, jdbc, users);
    }

    @Test
    void importsAVicsJsonFileCountingItsRecordsAndReportingABadOneByLine() throws Exception {
        BankId bank = curator.createBank("VICS", 31);
        String vics = """
                {"@odata.context": "http://example.org/odata/$metadata#Media",
                 "TotalMediaFiles": 99,
                 "value": [
                  {"MediaID": 1, "Category": 1, "MD5": "0123456789ABCDEF0123456789ABCDEF",
                   "SHA1": "0123456789abcdef0123456789abcdef01234567", "Series": "Series A", "VictimIdentified": true,
                   "AlternativeHashes": [{"HashName": "PDQ", "HashValue": "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"},
                                         {"HashName": "PhotoDNA", "HashValue": "AAAA"}]},
                  {"MediaID": 2, "Category": 2, "MD5": "11111111111111111111111111111111"},
                  {"MediaID": 3, "Category": 0, "MD5": "22222222222222222222222222222222"},
                  {"MediaID": 4, "Category": 1,
                   "MD5": "not-a-hash"}
                 ]}
                """;
        long id = curator.importFile(bank, "VICS_JSON", "hashset.json", vics);

        assertThat(curator.counts(id)).isEqualTo(new Curator.Counts("DONE", 10, 2, 0, 1, 1));
        assertThat(curator.errors(id)).containsOnlyKeys(10L);
        assertThat(curator.errors(id).get(10L)).contains("MD5");
        assertThat(jdbc.sql("SELECT series, victim_identified, category FROM media_entry WHERE bank_id = ? AND pdq IS NOT NULL")
                .param(bank.value()).query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + rs.getString(3)).single())
                .isEqualTo("Series A/true/1");
    }

    @Test
    void importsACsvSkippingBadLinesByNumberAndAddsNothingTwice() throws Exception {
        BankId bank = curator.createBank("CSV", 31);
        String csv = """
                hash_type,hash,category,series
                md5,d41d8cd98f00b204e9800998ecf8427e,1,First series
                md5,d41d8cd98f00b204e9800998ecf8427
                sha1,da39a3ee5e6b4b0d3255bfef95601890afd80709,2,
                pdq:80,f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b23,1,Second, with a comma
                crc32,deadbeef,1,

                sha256,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                """;
        long first = curator.importFile(bank, "CSV", "list.csv", csv);
        assertThat(curator.counts(first)).isEqualTo(new Curator.Counts("DONE", 8, 4, 0, 2, 0));
        assertThat(curator.errors(first)).containsOnlyKeys(3L, 6L);
        assertThat(curator.errors(first).get(3L)).contains("32 hexadecimal digits");
        assertThat(curator.errors(first).get(6L)).contains("hash_type");

        long again = curator.importFile(bank, "CSV", "list.csv", csv);
        assertThat(curator.counts(again)).isEqualTo(new Curator.Counts("DONE", 8, 0, 4, 2, 0));
        assertThat(jdbc.sql("SELECT count(*) FROM media_entry WHERE bank_id = ?").param(bank.value()).query(Long.class).single())
                .isEqualTo(4);
        mvc.perform(get("/api/staff/v1/banks").session(curator.session()))
                .andExpect(jsonPath("$[?(@.id == '" + bank + "')].entries.live").value(4))
                .andExpect(jsonPath("$[?(@.id == '" + bank + "')].entries.pdq").value(1));

        mvc.perform(get("/banks/" + bank + "/imports/" + again).session(curator.session()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("hash_type is md5, sha1, sha256 or pdq")));
    }

    @Test
    void importsAPdqToolHashFile() throws Exception {
        BankId bank = curator.createBank("Seized", 31);
        String hashes = """
                hash,quality,name
                f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b24,100,seized/a.jpg
                30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af,42,seized/b.jpg
                not a hash line
                """;
        long id = curator.importFile(bank, "PDQ", "seized.csv", hashes);
        assertThat(curator.counts(id)).isEqualTo(new Curator.Counts("DONE", 4, 2, 0, 1, 0));
        assertThat(curator.errors(id)).containsOnlyKeys(4L);
    }

    @Test
    void importsAListAnOperatorLeftInTheIncomingFolderOnce() throws Exception {
        BankId bank = curator.createBank("Large", 31);
        Path incoming = Files.createDirectories(properties.spoolDir().resolve("incoming"));
        String name = "large-" + UUID.randomUUID() + ".csv";
        Files.writeString(incoming.resolve(name), "md5,0123456789abcdef0123456789abcde0,1,\n");
        mvc.perform(get("/banks/" + bank).session(curator.session()))
                .andExpect(content().string(containsString(name)));

        String location = mvc.perform(post("/banks/" + bank + "/imports/waiting").session(curator.session()).with(csrf())
                        .param("name", name).param("format", "CSV"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Instant until = Instant.now().plusSeconds(20);
        while (!curator.counts(id).status().equals("DONE")) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(50);
        }
        assertThat(curator.counts(id).added()).isEqualTo(1);
        assertThat(incoming.resolve(name)).doesNotExist();
        mvc.perform(post("/banks/" + bank + "/imports/waiting").session(curator.session()).with(csrf())
                        .param("name", "../" + name).param("format", "CSV"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importError", "media.import.waiting.gone"));
    }

    @Test
    void aProgramStreamsAListThroughTheStaffApiAndFollowsIt() throws Exception {
        BankId bank = curator.createBank("Streamed", 31);
        String location = mvc.perform(post("/api/staff/v1/banks/" + bank + "/imports").session(curator.session())
                        .with(csrf()).param("format", "CSV").param("name", "streamed.csv")
                        .contentType("text/csv").content("sha1,0123456789abcdef0123456789abcdef01234560,1,\nbad\n"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Instant until = Instant.now().plusSeconds(20);
        while (!curator.counts(id).status().equals("DONE")) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(50);
        }
        mvc.perform(get(location).session(curator.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.firstErrors[0].line").value(2));
        mvc.perform(get("/api/staff/v1/banks").session(curator.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + bank + "')].entries.live").value(1));
        mvc.perform(post("/api/staff/v1/banks/" + bank + "/imports").session(curator.session()).with(csrf())
                        .param("format", "XML").content("x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void onlyCuratorsOpenTheBanks() throws Exception {
        var analyst = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/banks").session(analyst)).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/v1/banks").session(analyst)).andExpect(status().isForbidden());
        mvc.perform(get("/banks").session(curator.session())).andExpect(status().isOk());
    }
}
