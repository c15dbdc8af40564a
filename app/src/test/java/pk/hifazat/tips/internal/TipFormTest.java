package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pk.hifazat.HifazatTest;
import pk.hifazat.tips.PublicTipper;

@HifazatTest
class TipFormTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Each test is its own client, so the rate limit of one does not stop another. */
    private final String client = "10.20." + (CLIENTS.incrementAndGet() / 250) + "." + (CLIENTS.get() % 250);

    private RequestPostProcessor fromClient() {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private MockMultipartHttpServletRequestBuilder tip() {
        return (MockMultipartHttpServletRequestBuilder) multipart("/report").with(PublicTipper.csrfInAddress()).with(fromClient());
    }

    /** The receipt code the thank-you page shows after the tip sent in this result. */
    private String receiptShownAfter(MvcResult result) throws Exception {
        return mvc.perform(get("/report/received").session((MockHttpSession) result.getRequest().getSession()))
                .andReturn().getModelAndView().getModel().get("receipt").toString();
    }

    private long reports() {
        return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
    }

    @Test
    void theFormIsPublicAndSaysWhatHappensToAReport() throws Exception {
        mvc.perform(get("/report").param("lang", "ur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("کبھی ڈاؤن لوڈ")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void rejectsAReportWithoutAnyContentAndSavesNothing() throws Exception {
        long before = reports();
        mvc.perform(tip().param("category", "SEXUAL_ABUSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write what you know, or give at least one username")));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void asksWhatHappenedWhenNoCategoryIsChosen() throws Exception {
        mvc.perform(tip().param("description", "A man near the school"))
                .andExpect(content().string(containsString("Choose what happened")));
    }

    @Test
    void storesATipAndGivesAReceiptThatShowsItsStatus() throws Exception {
        long before = reports();
        var result = mvc.perform(tip().param("category", "GROOMING_OR_BLACKMAIL")
                        .param("place", "مظفر گڑھ، بس اڈے کے قریب")
                        .param("description", "ایک آدمی بچوں کو گیمز کے ذریعے ورغلا رہا ہے")
                        .param("usernames", "TikTok: @fake.demo.account")
                        .param("phones", "0300 1234567")
                        .param("childAge", "9"))
                .andExpect(redirectedUrl("/report/received"))
                .andReturn();
        assertThat(reports()).isEqualTo(before + 1);
        String code = receiptShownAfter(result);
        assertThat(code).matches("HZ-[0-9A-Z]{4}-[0-9A-Z]{4}");

        mvc.perform(post("/receipt").with(csrf()).with(fromClient()).param("code", code.toLowerCase().replace("-", " ")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Received")))
                .andExpect(content().string(not(containsString("ورغلا"))));
    }

    @Test
    void aTipOfSomethingElseIsListedOnTheDeskWithTheCategoryTheReporterChose() throws Exception {
        String description = "Something else entirely " + System.nanoTime();
        mvc.perform(tip().param("category", "OTHER").param("description", description))
                .andExpect(redirectedUrl("/report/received"));
        assertThat(jdbc.sql("SELECT category FROM report ORDER BY received_at DESC, id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("SOMETHING_ELSE");
    }

    @Test
    void refusesAnImpossiblePhoneNumberBesideItsFieldAndStoresNothing() throws Exception {
        long before = reports();
        mvc.perform(tip().param("category", "OTHER").param("description", "He calls children").param("phones", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a phone number")));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void namesTheWrongPhoneNumberInTheReportersLanguage() throws Exception {
        long before = reports();
        mvc.perform(tip().param("lang", "ur").param("category", "OTHER").param("phones", "not a number at all"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("یہ فون نمبر نہیں")));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void hashesAnUploadedImageAndKeepsOnlyItsHashes() throws Exception {
        byte[] png = TestImages.uniquePng(42);
        mvc.perform(tip().file(new MockMultipartFile("files", "photo.png", "image/png", png))
                        .param("category", "ABUSE_MATERIAL_ONLINE").param("description", "seen on a public page"))
                .andExpect(redirectedUrl("/report/received"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(jdbc.sql("SELECT count(*) FROM report_file WHERE sha256 = ? AND pdq IS NOT NULL").param(sha256)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesADecompressionBombWithoutDecodingIt() throws Exception {
        mvc.perform(tip().file(new MockMultipartFile("files", "bomb.png", "image/png", TestImages.pixelBomb()))
                        .param("category", "OTHER").param("description", "file attached"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bomb.png has too many pixels")));
    }

    @Test
    void refusesFilesThatAreNotImagesOrVideosWhateverTheirName() throws Exception {
        mvc.perform(tip().file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", "<script>".getBytes()))
                        .param("category", "OTHER").param("description", "file attached"))
                .andExpect(content().string(containsString("photo.jpg is not an image or video we can take")));
    }

    @Test
    void discardsWhatRobotsSendThroughTheHoneypot() throws Exception {
        long before = reports();
        mvc.perform(tip().param("category", "OTHER").param("description", "buy cheap things").param("website", "http://spam"))
                .andExpect(redirectedUrl("/report/received"));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void slowsDownAClientThatSendsTooManyTipsCountingOnlyThoseStored() throws Exception {
        for (int i = 0; i < 15; i++) {
            mvc.perform(tip().param("category", "OTHER")).andExpect(status().isOk());
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip().param("category", "OTHER").param("description", "tip " + i))
                    .andExpect(redirectedUrl("/report/received"));
        }
        long before = reports();
        mvc.perform(tip().param("category", "OTHER").param("description", "one more"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]{0,3}")))
                .andExpect(forwardedUrl(TipRefusal.PAGE));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void receiptCodesCannotBeWalked() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/receipt").with(csrf()).with(fromClient()).param("code", "HZ-0000-000" + (i % 10)))
                    .andExpect(content().string(containsString("There is no report with this receipt code")));
        }
        mvc.perform(post("/receipt").with(csrf()).with(fromClient()).param("code", "HZ-0000-0000"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]{0,3}")));
    }

    @Test
    void addsInformationToAReportWithItsReceipt() throws Exception {
        var result = mvc.perform(tip().param("category", "CHILD_MARRIAGE").param("description", "a wedding is planned"))
                .andReturn();
        String code = receiptShownAfter(result);
        mvc.perform(multipart("/receipt/information").with(PublicTipper.csrfInAddress()).with(fromClient())
                        .param("code", code).param("description", "the date is next Friday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your information has been added")));
        mvc.perform(multipart("/receipt/information").with(PublicTipper.csrfInAddress()).with(fromClient()).param("code", code))
                .andExpect(content().string(containsString("Write what you learned")));
    }
}
