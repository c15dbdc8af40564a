package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.Clusters;

/**
 * The seed's story, walked by a Muzaffargarh officer: a case opened from the cluster of linked tips,
 * the foreign national and a local helper as suspects, the parents as suspects in their own child's
 * case, a raid with two arrests and a seizure, evidence handed to the forensic laboratory and back
 * with its custody report, and the case moved to prosecution. Then its pages at a phone's width in
 * both languages.
 */
class SeedStoryCaseBrowserTest extends BrowserTest {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    @Test
    void aMuzaffargarhOfficerTakesTheNetworkFromClusterToProsecution() throws Exception {
        ClusterId cluster = clusterOfThreeTips();
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));

        browser.get(url("/cases/new?lang=en&cluster=" + cluster));
        browser.findElement(By.id("title")).sendKeys("Network luring children with games (fictional)");
        new Select(browser.findElement(By.id("lead"))).selectByIndex(1);
        browser.findElement(By.cssSelector("input[name=offences][value='PECA-22']")).click();
        browser.findElement(By.cssSelector("input[name=offences][value='PECA-22B']")).click();
        submitWith(By.cssSelector("form[action='/cases'] button[type=submit]"));
        String number = browser.findElement(By.cssSelector("h1 span")).getText();
        assertThat(number).startsWith("NCCIA-MZG-");
        assertThat(browser.findElement(By.cssSelector("#reports h2")).getText()).contains("(3)");
        move("INVESTIGATING");

        String foreigner = addPerson("SUSPECT", "Klaus Beispiel (fictional)", "DE", null);
        String helper = addPerson("SUSPECT", "Local Helper (fictional)", "PK", null);
        String child = addPerson("VICTIM", "Child One (fictional)", "PK", "8");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Investigating");
        assertThat(browser.getPageSource()).contains("International cooperation").doesNotContain("Child One (fictional)");
        move("ACTION");

        record("RAID", List.of(foreigner, helper));
        record("ARREST", List.of(foreigner, helper));
        record("SEIZURE", List.of());
        assertThat(browser.findElements(By.xpath("//tr[td[contains(., 'Arrested')]]"))).hasSize(2);

        seizeAndHandOver();
        browser.get(url("/cases/" + number + "?lang=en"));
        record("CHARGE_SHEET", List.of(foreigner, helper));
        move("PROSECUTION");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Prosecution");

        parentsCase(child);

        browser.get(url("/cases/" + number + "?lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("استغاثہ");
        Browser.screenshot(browser, "case-seed-story-urdu");
        fitsAPhone(List.of("/cases/" + number, "/cases", "/cases/tasks", "/cases/persons/" + foreigner));
    }

    private void parentsCase(String child) {
        browser.get(url("/cases/new?lang=en"));
        browser.findElement(By.id("title")).sendKeys("Parents of a rescued child (fictional)");
        submitWith(By.cssSelector("form[action='/cases'] button[type=submit]"));
        openForm("person-form");
        new Select(browser.findElement(By.id("person-role"))).selectByValue("VICTIM");
        browser.findElement(By.id("person-existing")).sendKeys(child);
        submitWith(By.cssSelector("#person-form button[type=submit]"));
        addPerson("SUSPECT", "Parent One (fictional)", "PK", null);
        addPerson("SUSPECT", "Parent Two (fictional)", "PK", null);
        assertThat(browser.findElements(By.cssSelector("#persons tr[data-role=SUSPECT]"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#persons tr[data-role=VICTIM]"))).hasSize(1);
        browser.get(url("/cases/persons/" + child + "?lang=en"));
        assertThat(browser.findElements(By.cssSelector("a[href^='/cases/NCCIA-MZG-']"))).hasSize(2);
    }

    private void seizeAndHandOver() throws Exception {
        openForm("evidence-form");
        browser.findElement(By.id("ev-description")).sendKeys("Laptop used for live streams (fictional)");
        setValue("ev-at", LocalDateTime.now(PAKISTAN).minusHours(5).withSecond(0).withNano(0).toString());
        browser.findElement(By.id("ev-place")).sendKeys("Muzaffargarh");
        browser.findElement(By.id("ev-by")).sendKeys("Raid officer (fictional)");
        browser.findElement(By.id("ev-sha")).sendKeys("d".repeat(64) + "  stream-0001.mp4");
        submitWith(By.cssSelector("#evidence-form button[type=submit]"));
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Raid officer (fictional)");

        handOver("Forensic laboratory (fictional)", 4, "Examination");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Forensic laboratory (fictional)");
        handOver("Raid officer (fictional)", 2, "Returned after examination");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Raid officer (fictional)");

        browser.findElement(By.id("custody-report")).click();
        String report = browser.findElement(By.tagName("main")).getText();
        assertThat(report).contains("Custody report", "Forensic laboratory (fictional)", "Returned after examination", "d".repeat(64));
        assertThat(browser.findElements(By.cssSelector("table.custody tbody tr"))).hasSize(3);
        Browser.screenshot(browser, "case-custody-report");
    }

    private void handOver(String to, int hoursAgo, String reason) {
        browser.findElement(By.id("to")).sendKeys(to);
        setValue("handedAt", LocalDateTime.now(PAKISTAN).minusHours(hoursAgo).withSecond(0).withNano(0).toString());
        browser.findElement(By.id("reason")).sendKeys(reason);
        submitWith(By.cssSelector("#transfer-form button[type=submit]"));
    }

    private String addPerson(String role, String name, String nationality, String age) {
        openForm("person-form");
        new Select(browser.findElement(By.id("person-role"))).selectByValue(role);
        browser.findElement(By.id("person-name")).sendKeys(name);
        browser.findElement(By.id("person-nationality")).sendKeys(nationality);
        if (age != null) {
            browser.findElement(By.id("person-age")).sendKeys(age);
        }
        submitWith(By.cssSelector("#person-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        List<WebElement> links = browser.findElements(By.cssSelector("#persons tbody tr a"));
        WebElement added = role.equals("VICTIM") ? links.stream().filter(a -> a.getText().startsWith("P-")).reduce((a, b) -> b).orElseThrow()
                : links.stream().filter(a -> a.getText().equals(name)).findFirst().orElseThrow();
        String href = added.getDomAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private void record(String kind, List<String> persons) {
        openForm("event-form");
        new Select(browser.findElement(By.id("event-kind"))).selectByValue(kind);
        Select named = new Select(browser.findElement(By.id("event-persons")));
        persons.forEach(named::selectByValue);
        submitWith(By.cssSelector("#event-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#timeline tr[data-kind=" + kind + "]"))).isNotEmpty();
    }

    private void move(String to) {
        new Select(browser.findElement(By.id("to"))).selectByValue(to);
        submitWith(By.cssSelector("#status-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
    }

    private void openForm(String id) {
        WebElement details = browser.findElement(By.xpath("//form[@id='" + id + "']/ancestor::details"));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private void fitsAPhone(List<String> paths) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        List<String> tooWide = new ArrayList<>();
        for (String language : List.of("en", "ur")) {
            for (String path : paths) {
                browser.get(url(path + "?lang=" + language));
                long page = (Long) browser.executeScript("return document.documentElement.scrollWidth");
                if (page > 390) {
                    tooWide.add(language + " " + path + ": " + page + " px");
                }
                Browser.screenshot(browser, "phone-case-" + language + path.replaceAll("[^a-zA-Z0-9]+", "-"));
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /** Three Muzaffargarh tips naming one phone, linked into one cluster. */
    private ClusterId clusterOfThreeTips() {
        String phone = "0301" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        List<ReportId> tips = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account account = new Account(null, null, null, null, null, null, phone, null, null, null);
            tips.add(intake.submitTip(new ReportContent(null, null, null, null, null, null, null,
                    "(fictional) A man offers children games and gifts " + UUID.randomUUID(),
                    List.of(new Person(null, List.of(account), null, null)), null, null, null,
                    new LocationHint("PK", "Muzaffargarh", null, null, null)), null).report());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tips.stream().allMatch(t -> clusters.clusterOf(t).isPresent())
                && clusters.size(clusters.clusterOf(tips.getFirst()).orElseThrow()) == 3);
        return clusters.clusterOf(tips.getFirst()).orElseThrow();
    }
}
