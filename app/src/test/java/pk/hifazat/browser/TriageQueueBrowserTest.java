package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.Victim;

/**
 * The Muzaffargarh officer finds the P1 cluster first in their queue with its reasons and claims
 * it; the Lahore officer is refused it, on the page and in the staff API.
 */
class TriageQueueBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMuzaffargarhOfficerSeesTheP1ClusterFirstAndClaimsItAndLahoreIsRefused() throws Exception {
        // Other browser tests share this database and may have left Muzaffargarh P1s: closed, so "first" means this story.
        jdbc.sql("UPDATE triage_cluster SET status = 'CLOSED' WHERE queue_unit = (SELECT id FROM unit WHERE code = 'DCU-PK623')")
                .update();
        String phone = "0302" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        for (String text : List.of("مظفر گڑھ میں ایک آدمی میرے 8 سال کے بیٹے کو تحفے دے کر بلاتا ہے۔",
                "اسی نمبر سے مظفر گڑھ کے ایک اور بچے کو پیغام آئے۔")) {
            intake.submitTip(new ReportContent(null, null, null, null, null, List.of(), List.of(ReportAnnotation.CHILD_IN_DANGER_NOW),
                    text, List.of(new Person(null, List.of(new Account(null, null, null, null, null, null, phone, null, null, null)),
                    null, null)), List.of(), List.of(new Victim(8, null, null, Gender.MALE, null, null)), List.of(), null), null);
        }
        UUID cluster = clusterOfPhoneWhenQueued(phone);

        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));
        browser.get(url("/triage?lang=en&priority=P1"));
        WebElement first = browser.findElement(By.cssSelector("table.queue tbody tr"));
        assertThat(first.findElement(By.cssSelector("a.cluster-link")).getAttribute("href")).endsWith("/triage/clusters/" + cluster);
        assertThat(first.getText()).contains("A child aged 8 (under 13) with a suspect in Pakistan");
        Browser.screenshot(browser, "triage-queue-p1-first");

        first.findElement(By.cssSelector("a.cluster-link")).click();
        assertThat(browser.findElement(By.id("reasons")).getText()).contains("The reporter says a child is in danger now");
        submitWith(By.id("claim"));
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Claimed");

        browser.manage().deleteAllCookies();
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK617"));
        browser.get(url("/triage/clusters/" + cluster + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not permitted");
        browser.get(url("/api/staff/v1/triage/clusters/" + cluster));
        assertThat(browser.getPageSource()).contains("\"status\":403");
    }

    private UUID clusterOfPhoneWhenQueued(String phone) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<UUID> clusters = jdbc.sql("""
                    SELECT c.cluster_id FROM triage_cluster c
                    WHERE c.report_count = 2 AND c.absorbed_into IS NULL AND c.cluster_id IN (
                        SELECT r.cluster_id FROM triage_report r JOIN report_identifier i ON i.report_id = r.report_id
                        WHERE i.kind = 'PHONE' AND i.value = ?)""").param("+92" + phone.substring(1)).query(UUID.class).list();
            if (clusters.size() == 1) {
                return clusters.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The two tips were not queued as one cluster");
    }
}
