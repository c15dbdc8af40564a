package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;

/**
 * The seed's children in safeguarding: a Muzaffargarh officer safeguards ten children of the case on
 * one date and refers them to the Multan office of the Child Protection & Welfare Bureau; that
 * office's caseworker keeps a care plan for each, sees exactly those ten by pseudonym, and is refused
 * the case page.
 */
class SafeguardingBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    @Autowired
    TestUsers users;

    @Test
    void tenChildrenSafeguardedAndReferredToMultanAreExactlyWhatItsCaseworkerSees() throws Exception {
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));
        browser.get(url("/cases/new?lang=en"));
        browser.findElement(By.id("title")).sendKeys("Network luring children with games (fictional, safeguarding)");
        submitWith(By.cssSelector("form[action='/cases'] button[type=submit]"));
        String number = browser.findElement(By.cssSelector("h1 span")).getText();
        for (int i = 1; i <= 12; i++) {
            addVictim("Safeguarded Child " + i + " (fictional)", 6 + i % 5);
        }

        browser.get(url("/safeguarding/cases/" + number + "?lang=en"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("#children tbody tr")).size() == 12;
        });
        List<WebElement> rows = browser.findElements(By.cssSelector("#children tbody tr"));
        List<String> ten = rows.subList(0, 10).stream().map(r -> r.getDomAttribute("data-child")).toList();
        choose(ten);
        setValue("sg-on", TODAY.toString());
        browser.findElement(By.id("sg-place")).sendKeys("Muzaffargarh");
        submitWith(By.id("safeguard"));
        assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("12 identified, 10 safeguarded, 0 referred");

        choose(ten);
        new Select(browser.findElement(By.id("rf-office"))).selectByValue("CPB-PK622");
        submitWith(By.id("refer"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("12 identified, 10 safeguarded, 10 referred");
        Browser.screenshot(browser, "safeguarding-case-children");
        browser.get(url("/cases/" + number + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector(".card.section")).getText())
                .contains("12 identified, 10 safeguarded, 10 referred", "Waiting longest to be located");
        Browser.screenshot(browser, "safeguarding-on-the-case-page");
        submitWith(By.cssSelector("form[action='/logout'] button"));

        signIn(users.create("CPB_CASEWORKER", "CPB-PK622"));
        browser.get(url("/safeguarding/office?lang=en"));
        List<String> links = browser.findElements(By.cssSelector(".referred h2 a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(links).hasSize(10);
        for (String link : links) {
            browser.get(url(link + "?lang=en"));
            browser.findElement(By.cssSelector("#care-plan summary")).click();
            new Select(browser.findElement(By.id("goal-area"))).selectByValue("PSYCHOLOGICAL");
            browser.findElement(By.id("goal-text")).sendKeys("Weekly sessions with the bureau's psychologist");
            setValue("goal-follow-up", TODAY.plusDays(7).toString());
            submitWith(By.cssSelector("#goal-form button[type=submit]"));
            assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        }

        browser.get(url("/safeguarding/office?lang=en"));
        List<WebElement> cards = browser.findElements(By.cssSelector(".referred"));
        assertThat(cards.stream().map(c -> c.getDomAttribute("data-child")).toList()).containsExactlyInAnyOrderElementsOf(ten);
        assertThat(cards).allSatisfy(card -> assertThat(card.findElements(By.cssSelector(".care-plan tbody tr"))).hasSize(1));
        String office = browser.findElement(By.tagName("main")).getText();
        assertThat(office).contains("Child M-", "Psychological").doesNotContain(number).doesNotContain("fictional)");
        Browser.screenshot(browser, "safeguarding-caseworker-office");

        browser.get(url("/cases/" + number + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not permitted");
        assertThat(browser.getPageSource()).doesNotContain("Safeguarded Child");
    }

    private void addVictim(String name, int age) {
        WebElement details = browser.findElement(By.xpath("//form[@id='person-form']/ancestor::details"));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        new Select(browser.findElement(By.id("person-role"))).selectByValue("VICTIM");
        browser.findElement(By.id("person-name")).sendKeys(name);
        browser.findElement(By.id("person-age")).sendKeys(String.valueOf(age));
        submitWith(By.cssSelector("#person-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
    }

    private void choose(List<String> pseudonyms) {
        for (String pseudonym : pseudonyms) {
            browser.findElement(By.cssSelector("#children tr[data-child='" + pseudonym + "'] input[name=children]")).click();
        }
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }
}
