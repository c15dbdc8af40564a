package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.tips.internal.TestImages;

class UrduTipBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberOfThePublicFilesATipInUrduWithAnImageFollowsItUpAndTheImageIsNotKept() throws Exception {
        Instant started = Instant.now();
        byte[] image = TestImages.uniquePng(20261129);
        Path upload = Files.createTempFile("tip-photo", ".png");
        Files.write(upload, image);

        browser.get(url("/report?lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        Browser.screenshot(browser, "tip-form-urdu");
        browser.findElement(By.cssSelector("input[name=category][value=GROOMING_OR_BLACKMAIL]")).click();
        browser.findElement(By.id("place")).sendKeys("مظفر گڑھ، ریلوے روڈ");
        browser.findElement(By.id("usernames")).sendKeys("TikTok: @fictional.groomer");
        browser.findElement(By.id("description")).sendKeys("ایک آدمی گیمز اور تحفوں کے ذریعے بچوں کو ورغلا رہا ہے۔");
        browser.findElement(By.id("files")).sendKeys(upload.toString());
        browser.findElement(By.cssSelector("form[action^='/report'] button[type=submit]")).click();

        String code = browser.findElement(By.id("receipt-code")).getText();
        assertThat(code).matches("HZ-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("شکریہ");
        Browser.screenshot(browser, "tip-receipt-urdu");
        Files.delete(upload);

        browser.get(url("/receipt"));
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", ""));
        browser.findElement(By.cssSelector("form[action='/receipt'] button")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("موصول");

        browser.findElement(By.id("description")).sendKeys("وہ ہر جمعہ کو مسجد کے پاس آتا ہے۔");
        browser.findElement(By.id("phones")).sendKeys("0300 7654321");
        browser.findElement(By.cssSelector("form[action^='/receipt/information'] button")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("شکریہ");
        Browser.screenshot(browser, "tip-information-added-urdu");

        String reportId = jdbc.sql("SELECT id::text FROM report WHERE receipt = ?").param(code).query(String.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM report_addition WHERE report_id = ?::uuid").param(reportId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM report_file WHERE report_id = ?::uuid AND pdq IS NOT NULL")
                .param(reportId).query(Long.class).single()).isEqualTo(1);
        assertThat(filesHolding(Arrays.copyOfRange(image, image.length / 2, image.length / 2 + 256), started))
                .as("the uploaded image's bytes are nowhere on disk").isEmpty();
    }

    @Test
    void aFileTooLargeIsAnsweredOnTheFormInUrduKeepingWhatWasTypedAndOneTooLargeToReadSaysSo() throws Exception {
        Path large = Files.createTempFile("tip-video", ".mp4");
        Path tooLarge = Files.createTempFile("tip-archive", ".mp4");
        try (var out = Files.newOutputStream(large)) {
            out.write(new byte[26 << 20]);
        }
        try (var out = Files.newOutputStream(tooLarge)) {
            for (int i = 0; i < 105; i++) {
                out.write(new byte[1 << 20]);
            }
        }
        try {
            browser.get(url("/report?lang=ur"));
            browser.findElement(By.cssSelector("input[name=category][value=LIVE_STREAMING]")).click();
            browser.findElement(By.id("description")).sendKeys("ایک گروپ میں بچوں کی ویڈیوز بیچی جا رہی ہیں۔");
            browser.findElement(By.id("files")).sendKeys(large.toString());
            browser.findElement(By.cssSelector("form[action^='/report'] button[type=submit]")).click();

            assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                    .contains(large.getFileName() + " کا حجم 25 ایم بی سے زیادہ ہے");
            assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                    .isEqualTo("ایک گروپ میں بچوں کی ویڈیوز بیچی جا رہی ہیں۔");
            assertThat(browser.findElement(By.cssSelector("input[name=category][value=LIVE_STREAMING]")).isSelected()).isTrue();
            Browser.screenshot(browser, "tip-file-too-large-urdu");

            browser.findElement(By.id("files")).sendKeys(tooLarge.toString());
            submitWith(By.cssSelector("form[action^='/report'] button[type=submit]"));

            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("آپ کی رپورٹ اتنی بڑی تھی کہ وصول نہیں ہو سکی");
            Browser.screenshot(browser, "tip-form-too-large-to-read-urdu");
        } finally {
            Files.delete(large);
            Files.delete(tooLarge);
        }
    }

    /** Files written since the test began (in the temporary folder and the data folder) that contain the bytes. */
    private static List<Path> filesHolding(byte[] needle, Instant since) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("data"), Path.of("target"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    try {
                        if (Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) >= 0
                                && Files.size(file) < 20_000_000 && contains(Files.readAllBytes(file), needle)) {
                            found.add(file);
                        }
                    } catch (IOException unreadable) {
                        // a file that vanished or cannot be read holds nothing we could find
                    }
                }
            } catch (java.io.UncheckedIOException walkingFailed) {
                // folders of other processes may vanish while walked
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
