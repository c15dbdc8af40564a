package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What a member of the public meets on the tip form and the thank-you page (issue 17, items 1 and 2). */
class PublicTipBrowserTest extends BrowserTest {

    @Test
    void theReceiptCodeStaysOnTheThankYouPageAfterAReloadAndAChangeOfLanguageWithoutEverBeingInTheAddress() {
        browser.get(url("/report"));
        browser.findElement(By.cssSelector("input[name=category][value=OTHER]")).click();
        browser.findElement(By.id("description")).sendKeys("A man sends children money for photos.");
        browser.findElement(By.cssSelector("form[action^='/report'] button[type=submit]")).click();
        String code = browser.findElement(By.id("receipt-code")).getText();
        assertThat(code).matches("HZ-[0-9A-Z]{4}-[0-9A-Z]{4}");

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("receipt-code")).getText()).isEqualTo(code);

        browser.get(url("/report/received?lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("receipt-code")).getText()).isEqualTo(code);
        assertThat(browser.getCurrentUrl()).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }

    @Test
    void everyMistakeOnTheFormIsShownAtOnce() throws Exception {
        browser.get(url("/report"));
        browser.findElement(By.cssSelector("input[name=category][value=OTHER]")).click();
        browser.findElement(By.id("description")).sendKeys("Someone is sending a child messages.");
        browser.findElement(By.id("childAge")).sendKeys("45");
        browser.findElement(By.cssSelector("input[name=contactMe]")).click();
        browser.findElement(By.id("emails")).sendKeys("not-an-email");
        browser.findElement(By.id("links")).sendKeys("hxxp://bad link");
        browser.findElement(By.cssSelector("form[action^='/report'] button[type=submit]")).click();

        String summary = browser.findElement(By.cssSelector(".error-summary")).getText();
        assertThat(summary).contains("Write the child's age as a number from 0 to 17",
                "To be contacted, give a phone number or an e-mail address",
                "This is not an e-mail address", "This is not a web address");
        Browser.screenshot(browser, "tip-every-mistake-at-once");
    }
}
