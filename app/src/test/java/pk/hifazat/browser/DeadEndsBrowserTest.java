package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;
import pk.hifazat.geography.DistrictAdded;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.units.Units;

/** What each role meets on its first day leads somewhere: no link to a refusal, no raw error, no empty page without a word. */
class DeadEndsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Units units;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Test
    void aZonalSupervisorIsNotOfferedTheNationalDeskAndARefusalByRoleIsRecorded() throws Exception {
        String supervisor = users.create("SUPERVISOR", "ZONE-PK6");
        signIn(supervisor);
        assertThat(browser.findElements(By.cssSelector("nav a[href='/intake']"))).isEmpty();

        browser.get(url("/audit"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not permitted");
        assertThat(auditLog.latest(20, supervisor, "")).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("/audit");
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
        });
    }

    @Test
    void aSignedInUserWhoMistypesAnAddressSeesTheNotFoundPage() throws Exception {
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK617"));
        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        Browser.screenshot(browser, "signed-in-not-found");
    }

    @Test
    void aChildProtectionCaseworkerOpensTheirOwnOfficesPage() {
        signIn(users.create("CPB_CASEWORKER", "CPB-PK6"));
        browser.findElement(By.cssSelector(".role-line a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/units/CPB-PK6");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Not permitted");
    }

    @Test
    void everyoneCanChangeTheirOwnPasswordFromAnyPage() {
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK617"));
        browser.findElement(By.cssSelector("header a[href='/account/password']")).click();
        assertThat(browser.findElement(By.id("current")).isDisplayed()).isTrue();
    }

    @Test
    void anOfficersEmptyHomeSaysWhatWillAppearThere() {
        // A district added now, so that its unit's queue is empty whatever the demo week sent elsewhere.
        jdbc.sql("INSERT INTO district (code, province_code, name_en, name_ur) VALUES ('PK9902', 'PK6', 'Khaliabad', 'خالی آباد')")
                .update();
        // Module listeners hear an event once the transaction that published it commits.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(
                new DistrictAdded(DistrictCode.of("PK9902"), "PK6", new LocalisedName("Khaliabad", "خالی آباد"))));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> units.districtUnitOf(DistrictCode.of("PK9902")).isPresent());
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK9902"));
        assertThat(browser.findElement(By.cssSelector(".card .empty")).getText()).contains("will appear here");
    }
}
