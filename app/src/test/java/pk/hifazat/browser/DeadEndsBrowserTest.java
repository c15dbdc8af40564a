package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;

/** What each role meets on its first day leads somewhere: no link to a refusal, no raw error, no empty page without a word. */
class DeadEndsBrowserTest extends BrowserTest {

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
        // Bagh (Azad Kashmir): a unit no test sends reports to, so its queue is empty.
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK101"));
        assertThat(browser.findElement(By.cssSelector(".card .empty")).getText()).contains("will appear here");
    }
}
