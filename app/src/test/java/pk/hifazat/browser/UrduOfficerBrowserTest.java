package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;

class UrduOfficerBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Test
    void aLahoreOfficerSignsInInUrduSeesARightToLeftHomeAndIsRefusedMuzaffargarh() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");

        browser.get(url("/login?lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("سائن ان");
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        submitWith(By.cssSelector("form button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("خوش آمدید");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ur");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
        Browser.screenshot(browser, "officer-home-urdu");

        submitWith(By.linkText("سائبر کرائم یونٹ لاہور"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("سائبر کرائم یونٹ لاہور");

        browser.get(url("/units/DCU-PK623"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("اجازت نہیں");
        Browser.screenshot(browser, "officer-refused-urdu");
        assertThat(statusWithTheBrowsersSession("/units/DCU-PK623")).isEqualTo(403);
        assertThat(statusWithTheBrowsersSession("/units/DCU-PK617")).isEqualTo(200);

        var entries = auditLog.latest(20, officer, "");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("DCU-PK623");
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("DCU-PK617");
            assertThat(e.outcome()).isEqualTo(Outcome.DONE);
        });
        assertThat(auditLog.verify().isIntact()).isTrue();

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.findElement(By.id("username")).sendKeys(users.create("AUDITOR", "HQ"));
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        submitWith(By.cssSelector("form button[type=submit]"));
        browser.get(url("/audit?actor=" + officer));
        assertThat(browser.findElements(By.cssSelector("table.audit tbody tr.refused"))).isNotEmpty();
        browser.findElement(By.cssSelector("form[action='/audit/verify'] button")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("زنجیر درست ہے");
        Browser.screenshot(browser, "auditor-verifies-urdu");
    }

    private int statusWithTheBrowsersSession(String path) throws Exception {
        var cookie = browser.manage().getCookieNamed("HIFAZAT_SESSION");
        var request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "HIFAZAT_SESSION=" + cookie.getValue()).GET().build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
