package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** A hash-list curator working through the pages: creates banks and imports files, waiting for each import. */
final class Curator {

    /** What an import counted. */
    record Counts(String status, long lines, long added, long duplicates, long errors, long ignored) {
    }

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final MockHttpSession session;

    Curator(MockMvc mvc, JdbcClient jdbc, TestUsers users) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.session = SignIn.as(mvc, users.create("HASH_CURATOR", "HQ"));
    }

    MockHttpSession session() {
        return session;
    }

    BankId createBank(String name, int radius) throws Exception {
        String location = mvc.perform(post("/banks").session(session).with(csrf()).param("name", name + " " + UUID.randomUUID())
                        .param("source", "test").param("defaultCategory", "CSAM").param("severity", "HIGH")
                        .param("pdqRadius", Integer.toString(radius)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/banks/");
        return BankId.of(location.substring("/banks/".length()));
    }

    /** Uploads the file and waits until the import is done; its import id. */
    long importFile(BankId bank, String format, String fileName, String content) throws Exception {
        String location = mvc.perform(multipart("/banks/" + bank + "/imports").file(new MockMultipartFile("file", fileName,
                                "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)))
                        .param("format", format).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!counts(id).status().equals("DONE") && !counts(id).status().equals("FAILED")) {
            assertThat(Instant.now()).as("the import finishes").isBefore(until);
            Thread.sleep(50);
        }
        return id;
    }

    Counts counts(long importId) {
        return jdbc.sql("SELECT status, lines_read, added, duplicates, errors, ignored FROM media_import WHERE id = ?")
                .param(importId)
                .query((rs, n) -> new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .single();
    }

    Map<Long, String> errors(long importId) {
        return jdbc.sql("SELECT line, message FROM media_import_error WHERE import_id = ? ORDER BY line").param(importId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, java.util.TreeMap::new));
    }

    /** The id of the bank's live entry with this PDQ hash. */
    long entryWithPdq(BankId bank, String pdq) {
        return jdbc.sql("SELECT id FROM media_entry WHERE bank_id = ? AND pdq = decode(?, 'hex')")
                .params(bank.value(), pdq).query(Long.class).single();
    }
}
