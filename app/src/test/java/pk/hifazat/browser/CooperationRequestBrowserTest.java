package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.TestUsers;
import pk.hifazat.demo.DemoDataRequested;

/**
 * The seed's request abroad: for the Muzaffargarh demo case, led by a German national, a district
 * officer drafts a request to Germany's federal police, a supervisor approves it and it is sent; the
 * case package is exported as PDF and JSON, the PDF's first page drawn for a person to look at.
 */
class CooperationRequestBrowserTest extends BrowserTest {

    /** cases' DemoCases.STORY, the seed's story among the demo cases. */
    private static final String STORY = "Network luring children with games and gifts (demo, fictional)";

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestToTheGermanFederalPoliceIsDraftedApprovedSentAndItsPackageExported() throws Exception {
        events.publishEvent(new DemoDataRequested());
        String number = jdbc.sql("SELECT number FROM case_file WHERE title = ?").param(STORY).query(String.class).single();

        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));
        browser.get(url("/cooperation/new?lang=en&case=" + number));
        assertThat(browser.findElement(By.id("country")).getDomProperty("value")).isEqualTo("DE");
        new Select(browser.findElement(By.id("kind"))).selectByValue("FOREIGN_POLICE");
        browser.findElement(By.id("agency")).sendKeys("Bundeskriminalamt (BKA), Wiesbaden");
        browser.findElement(By.id("legalBasis")).sendKeys("Police-to-police cooperation; PECA 2016 s.42 (international cooperation)");
        browser.findElement(By.id("asked")).sendKeys("Earlier records, addresses and accounts in Germany of the suspected leader; "
                + "whether material of these children is known to the BKA.");
        browser.findElement(By.xpath("//fieldset[@id='persons']//label[contains(., 'Demo Foreign Suspect')]/input")).click();
        Browser.screenshot(browser, "cooperation-new-request");
        submitWith(By.cssSelector("#request-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        String page = browser.getCurrentUrl().replaceAll("\\?.*", "");
        move("AWAITING_APPROVAL", "Awaiting approval");
        assertThat(browser.findElements(By.id("approve-form"))).isEmpty();

        browser.manage().deleteAllCookies();
        signIn(users.create("SUPERVISOR", "ZONE-PK6"));
        browser.get(page + "?lang=en");
        submitWith(By.cssSelector("#approve-form button[type=submit]"));
        assertThat(browser.findElement(By.id("approval")).getText()).startsWith("Approved by");
        move("SENT", "Sent");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bundeskriminalamt (BKA), Wiesbaden",
                "Demo Foreign Suspect (fictional)", number, "Germany");
        Browser.screenshot(browser, "cooperation-request-sent");

        browser.findElement(By.id("package-link")).click();
        for (String part : List.of("SUMMARY", "PERSONS", "TIMELINE", "EVIDENCE")) {
            browser.findElement(By.id("part-" + part)).click();
        }
        byte[] pdf = export("PDF", "application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 80);
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(first, "png", folder.resolve("cooperation-package-page-1.png").toFile());
            Files.write(folder.resolve("cooperation-package.pdf"), pdf);
        }
        assertThat(text).contains("National Cyber Crimes Investigation Agency", "Bundeskriminalamt", number,
                "Demo Foreign Suspect (fictional)", "Left out identifiers", "Approved by");
        assertThat(text).doesNotContain("Demo Child 1 (fictional)", "Demo Child 10 (fictional)");

        String json = new String(export("JSON", "application/json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"leftOut\" : [ \"IDENTIFIERS\" ]", number).doesNotContain("Demo Child");
        fitsAPhone(List.of(page.substring(page.indexOf("/cooperation")), "/cooperation", "/cooperation/new"));
    }

    private void fitsAPhone(List<String> paths) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        List<String> tooWide = new ArrayList<>();
        for (String path : paths) {
            browser.get(url(path + "?lang=ur"));
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            if (width > 390) {
                tooWide.add(path + ": " + width + " px");
            }
            Browser.screenshot(browser, "phone-ur" + path.replaceAll("[^a-zA-Z0-9]+", "-"));
        }
        assertThat(tooWide).isEmpty();
    }

    private void move(String to, String shown) {
        new Select(browser.findElement(By.id("to"))).selectByValue(to);
        submitWith(By.cssSelector("#status-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(shown);
    }

    /** Posts the package form as its button would, and answers what came back (a download the browser would save). */
    private byte[] export(String format, String contentType) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('package-form');
                const data = new URLSearchParams(new FormData(form));
                data.append('format', arguments[0]);
                fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(b => {
                  let s = '';
                  new Uint8Array(b).forEach(c => s += String.fromCharCode(c));
                  done([r.status, r.headers.get('content-type'), btoa(s)]);
                }));""", format);
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
        assertThat((String) answer.get(1)).startsWith(contentType);
        return Base64.getDecoder().decode((String) answer.get(2));
    }
}
