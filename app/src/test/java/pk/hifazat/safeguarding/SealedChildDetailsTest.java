package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TableOwner;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.CaseApi;

/**
 * A child's name, address and photograph are sealed: not in any table as its owner reads it (as a
 * dump would), nor in the logs; they are shown only on a reveal with a reason, which is audited, and a
 * reveal without one is refused and audited too.
 */
@HifazatTest
@ExtendWith(OutputCaptureExtension.class)
class SealedChildDetailsTest {

    private static final String NAME = "Ayesha Sealedname";
    private static final String ADDRESS = "House 12, Sealedstreet Mohalla";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TableOwner owner;

    @Autowired
    AuditLog audit;

    @Test
    void aChildsNameAddressAndPhotoAreNowhereInTheTablesNorTheLogsAndARevealNeedsAReason(CapturedOutput output) throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK623");
        MockHttpSession session = SignIn.as(mvc, officer);
        var sg = new Safeguarding(new CaseApi(mvc, session));
        String number = sg.caseWithChildren("Sealed details", 1);
        String child = sg.children(number).getFirst();
        byte[] photo = png();

        var saved = sg.api().form("/safeguarding/children/" + child + "/details", Map.of("name", List.of(NAME),
                "parents", List.of("Rashida and Karim Sealedparent"), "address", List.of(ADDRESS), "phone", List.of("0300-1234567"),
                "school", List.of("Government Sealed School")));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        var uploaded = mvc.perform(MockMvcRequestBuilders.multipart("/safeguarding/children/" + child + "/photos")
                .file(new MockMultipartFile("photo", "child.png", "image/png", photo)).session(session).with(csrf())).andReturn();
        assertThat(uploaded.getFlashMap().get("problem")).isNull();
        var notAnImage = mvc.perform(MockMvcRequestBuilders.multipart("/safeguarding/children/" + child + "/photos")
                .file(new MockMultipartFile("photo", "child.png", "image/png", "not an image".getBytes()))
                .session(session).with(csrf())).andReturn();
        assertThat(String.valueOf(notAnImage.getFlashMap().get("problem"))).contains("JPEG, PNG or WebP");

        String page = sg.api().get("/safeguarding/children/" + child + "?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(NAME).doesNotContain(ADDRESS).contains("Child M-");

        String secretHex = HexFormat.of().formatHex(photo, 16, 48);
        String secretBase64 = Base64.getEncoder().encodeToString(photo).substring(24, 64);
        assertThat(rowsContaining(List.of(NAME, ADDRESS, "Sealedparent", "0300-1234567", secretHex, secretBase64))).isEmpty();

        var refused = sg.api().post(Safeguarding.BASE + "/children/" + child + "/reveal", Map.of("reason", " "));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(refused).get("field").asString()).isEqualTo("reason");
        String refusedPage = sg.api().form("/safeguarding/children/" + child + "/reveal?lang=en", Map.of("reason", List.of("")))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusedPage).contains("give the reason you need the details of this child").doesNotContain(NAME);

        String reason = "Court hearing needs the child's school";
        var revealed = CaseApi.json(sg.api().post(Safeguarding.BASE + "/children/" + child + "/reveal", Map.of("reason", reason)));
        assertThat(revealed.get("details").get("name").asString()).isEqualTo(NAME);
        assertThat(revealed.get("details").get("address").asString()).isEqualTo(ADDRESS);
        assertThat(Base64.getDecoder().decode(revealed.get("photos").get(0).asString())).isEqualTo(photo);
        String revealedPage = sg.api().form("/safeguarding/children/" + child + "/reveal?lang=en", Map.of("reason", List.of(reason)))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(revealedPage).contains(NAME, ADDRESS, "data:image/png;base64,");

        String pseudonym = revealed.get("pseudonym").asString();
        var reveals = audit.latest(50, officer, pseudonym).stream().filter(e -> e.action().equals("REVEAL_CHILD")).toList();
        assertThat(reveals).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(e.detail()).isEqualTo("no reason given");
        });
        assertThat(reveals).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.DONE);
            assertThat(e.detail()).contains(reason);
        });
        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain(ADDRESS).doesNotContain(secretBase64);
    }

    @Test
    void anIntakeAnalystMayNotRevealAChild() throws Exception {
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"))));
        String child = sg.children(sg.caseWithChildren("Analyst may not reveal", 1)).getFirst();
        var analyst = new CaseApi(mvc, SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ")));
        assertThat(analyst.get(Safeguarding.BASE + "/children/" + child).getResponse().getStatus()).isEqualTo(200);
        assertThat(analyst.post(Safeguarding.BASE + "/children/" + child + "/reveal", Map.of("reason", "Just curious about it"))
                .getResponse().getStatus()).isEqualTo(403);
    }

    /** Every table's rows, read as their owner as a dump would read them (bytea as hex), that contain any of the texts. */
    private List<String> rowsContaining(List<String> texts) {
        var jdbc = owner.jdbc();
        List<String> tables = jdbc.sql("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (String text : texts) {
                long rows = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE strpos(t::text, ?) > 0").param(text)
                        .query(Long.class).single();
                if (rows > 0) {
                    found.add(table + " holds " + text);
                }
            }
        }
        return found;
    }

    /** A small PNG's header followed by random bytes: only its first bytes are checked. */
    private static byte[] png() {
        byte[] image = new byte[512];
        ThreadLocalRandom.current().nextBytes(image);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(header, 0, image, 0, header.length);
        return image;
    }
}
