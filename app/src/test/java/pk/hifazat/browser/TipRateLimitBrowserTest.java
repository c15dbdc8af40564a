package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The limit on tips per connection counts only tips stored, and a tip over it keeps what was typed
 * (issue 17, item 3). A small limit of its own, so that other browser tests from the same address
 * are not slowed down.
 */
@TestPropertySource(properties = "hifazat.tips.tips-per-hour=2")
class TipRateLimitBrowserTest extends BrowserTest {

    @Test
    void mistakesDoNotCountAgainstTheLimitAndATipOverItKeepsWhatWasTyped() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("OTHER", "");
            assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Write what you know");
        }
        for (int i = 0; i < 2; i++) {
            send("OTHER", "Tip number " + i + " about a man who sends children money.");
            assertThat(browser.findElement(By.id("receipt-code")).getText()).startsWith("HZ-");
        }

        send("GROOMING_OR_BLACKMAIL", "A third tip, typed with care, that must not be lost.");

        assertThat(browser.findElement(By.id("too-many")).getText()).contains("Please send it again in");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                .isEqualTo("A third tip, typed with care, that must not be lost.");
        assertThat(browser.findElement(By.cssSelector("input[name=category][value=GROOMING_OR_BLACKMAIL]")).isSelected())
                .isTrue();
        Browser.screenshot(browser, "tip-over-the-limit-kept");
    }

    private void send(String category, String description) {
        browser.get(url("/report"));
        browser.findElement(By.cssSelector("input[name=category][value=" + category + "]")).click();
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.cssSelector("form[action^='/report'] button[type=submit]")).click();
    }
}
