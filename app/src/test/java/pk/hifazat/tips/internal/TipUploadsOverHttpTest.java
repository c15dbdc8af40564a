package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.TestUsers;

/**
 * Uploads to the tip pages through the real servlet container, whose limits and body parsing
 * MockMvc does not have: what is over a limit is answered on the form in the reporter's language,
 * and a form that will be refused is refused before its upload is read. Each test is a client of
 * its own (its own address on 127.0.0.0/8), so that the rate limits of one do not touch another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class TipUploadsOverHttpTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final long MEGABYTE = 1024 * 1024;
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final String TYPED = "ایک آدمی اسکول کے باہر بچوں کو تحفے دیتا ہے";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadMemory uploadMemory;

    private final String client = "127.88." + (CLIENTS.incrementAndGet() / 250) + "." + (1 + CLIENTS.get() % 250);

    /** The tip form as a reporter's browser gets it: its cookies, where it posts, and its CSRF token. */
    private record FormPage(String cookies, String action, String token) {
    }

    @Test
    void aFileOverTwentyFiveMegabytesIsAnsweredOnTheFormInUrduKeepingWhatWasTyped() throws IOException {
        FormPage page = open("/report?lang=ur");
        long before = reports();

        RawHttp.Response answer = post(page, tip(page).file("files", "badi-tasveer.png", PNG_HEAD, 26 * MEGABYTE));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("dir=\"rtl\"")
                .contains("badi-tasveer.png کا حجم 25 ایم بی سے زیادہ ہے")
                .contains(TYPED);
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void moreFilesThanTheFormTakesAreAnsweredOnTheFormKeepingWhatWasTyped() throws IOException {
        FormPage page = open("/report?lang=ur");
        RawHttp.Form form = tip(page);
        for (int i = 0; i < 45; i++) {
            form.file("files", "photo-" + i + ".png", PNG_HEAD, 64);
        }

        RawHttp.Response answer = post(page, form);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("زیادہ سے زیادہ 10 فائلیں لگائیں").contains(TYPED);
    }

    @Test
    void aFormOverWhatTheServerReceivesIsAnsweredOnTheFormInTheReportersLanguage() throws IOException {
        FormPage page = open("/report?lang=ur");
        long before = reports();

        RawHttp.Response answer = post(page, tip(page).file("files", "video.mp4", new byte[0], 105 * MEGABYTE));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("dir=\"rtl\"")
                .contains("آپ کی رپورٹ اتنی بڑی تھی کہ وصول نہیں ہو سکی")
                .contains("enctype=\"multipart/form-data\"");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void aFormTheServerGivesUpReadingIsAnsweredOnTheForm() throws IOException {
        FormPage page = open("/report");
        RawHttp.Form form = tip(page);
        for (int i = 0; i < 150; i++) {
            form.field("usernames", "@name" + i);
        }

        RawHttp.Response answer = post(page, form);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("Your report was too large to receive, so nothing in it could be read");
    }

    @Test
    void addingTooMuchOnTheReceiptPageIsAnsweredThereInTheReportersLanguage() throws IOException {
        FormPage tipPage = open("/report");
        assertThat(post(tipPage, tip(tipPage)).status()).as("a tip stored").isEqualTo(302);
        String code = jdbc.sql("SELECT receipt FROM report WHERE receipt IS NOT NULL ORDER BY received_at DESC LIMIT 1")
                .query(String.class).single();
        FormPage receipt = open("/receipt?lang=ur");
        String statusPage = RawHttp.exchange(port, client, "POST", "/receipt", Map.of("Cookie", receipt.cookies(),
                        "Content-Type", "application/x-www-form-urlencoded", "Content-Length", String.valueOf(
                                ("_csrf=" + receipt.token() + "&code=" + code).length())),
                new java.io.ByteArrayInputStream(("_csrf=" + receipt.token() + "&code=" + code).getBytes()),
                Long.MAX_VALUE, Duration.ofSeconds(20)).body();
        FormPage addition = pageOf(receipt.cookies(), statusPage);

        RawHttp.Response answer = post(addition, new RawHttp.Form().field("_csrf", addition.token())
                .field("code", code).field("description", TYPED)
                .file("files", "video.mp4", new byte[0], 105 * MEGABYTE));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("آپ نے جو بھیجا وہ اتنا بڑا تھا کہ وصول نہیں ہو سکا");
    }

    @Test
    void aTipWithoutItsTokenIsRefusedBeforeItsUploadIsRead() throws IOException {
        FormPage page = open("/report");
        RawHttp.Form form = new RawHttp.Form().field("category", "OTHER")
                .file("files", "photo.png", PNG_HEAD, 50 * MEGABYTE);

        RawHttp.Response answer = RawHttp.exchange(port, client, "POST", "/report", Map.of("Cookie", page.cookies(),
                        "Content-Type", form.contentType(), "Content-Length", String.valueOf(form.length())),
                form.body(), 64 * 1024, Duration.ofSeconds(5));

        assertThat(answer.status()).as("answered while 64 KB of 50 MB were sent").isEqualTo(403);
        assertThat(answer.body()).contains("This form was open too long and had expired");
    }

    @Test
    void aClientOverItsLimitIsRefusedBeforeItsUploadIsReadAndToldWhenToTryAgain() throws IOException {
        FormPage page = open("/report");
        for (int i = 0; i < 10; i++) {
            post(page, tip(page));
        }
        RawHttp.Form big = tip(page).file("files", "photo.png", PNG_HEAD, 50 * MEGABYTE);

        RawHttp.Response answer = RawHttp.exchange(port, client, "POST", page.action(), Map.of("Cookie", page.cookies(),
                        "Content-Type", big.contentType(), "Content-Length", String.valueOf(big.length())),
                big.body(), 64 * 1024, Duration.ofSeconds(5));

        assertThat(answer.status()).as("answered while 64 KB of 50 MB were sent").isEqualTo(429);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(answer.body()).contains("Too many attempts have come from your connection");
    }

    @Test
    void formsWithFilesAreAnsweredBusyInTheReportersLanguageWhileUploadMemoryIsTaken() throws Exception {
        FormPage page = open("/report?lang=ur");
        RawHttp.Response answer;
        UploadMemory.Reservation all = uploadMemory.reserve(Long.MAX_VALUE).orElseThrow();
        try {
            answer = post(page, tip(page).file("files", "photo.png", PNG_HEAD, MEGABYTE));
        } finally {
            all.close();
        }

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("60");
        assertThat(answer.body()).contains("dir=\"rtl\"").contains("براہِ کرم ایک منٹ بعد دوبارہ بھیجیں");
    }

    private RawHttp.Form tip(FormPage page) {
        return new RawHttp.Form().field("_csrf", page.token()).field("category", "OTHER").field("description", TYPED);
    }

    private RawHttp.Response post(FormPage page, RawHttp.Form form) throws IOException {
        return RawHttp.exchange(port, client, "POST", page.action(), Map.of("Cookie", page.cookies(),
                        "Content-Type", form.contentType(), "Content-Length", String.valueOf(form.length())),
                form.body(), Long.MAX_VALUE, Duration.ofSeconds(30));
    }

    /** Opens a page as a browser would, keeping the cookies it sets (session, language). */
    private FormPage open(String path) throws IOException {
        RawHttp.Response page = RawHttp.exchange(port, client, "GET", path, Map.of(), InputStream.nullInputStream(), 0,
                Duration.ofSeconds(20));
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String cookie : page.headers("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        return pageOf(String.join("; ", cookies.values()), page.body());
    }

    /** The page's form with files, or else its first form, and the page's token. */
    private static FormPage pageOf(String cookies, String html) {
        Matcher upload = Pattern.compile("<form action=\"([^\"]+)\"[^>]*enctype=\"multipart/form-data\"").matcher(html);
        Matcher any = Pattern.compile("<form action=\"([^\"]+)\"").matcher(html);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        String action = upload.find() ? upload.group(1) : any.find() ? any.group(1) : "";
        return new FormPage(cookies, action.replace("&amp;", "&"), token.find() ? token.group(1) : "");
    }

    private long reports() {
        return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
    }
}
