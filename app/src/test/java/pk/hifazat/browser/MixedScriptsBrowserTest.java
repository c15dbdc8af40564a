package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;

/**
 * English and Urdu side by side: each value keeps its own direction whatever the page's, Urdu text
 * is drawn in the Urdu font on English pages too, and dates read date first in both languages.
 */
class MixedScriptsBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Test
    void anEnglishTipOnAnUrduPageKeepsItsOrderAndItsDateReadsDateFirst() throws Exception {
        Receipt tip = tip("Someone sent my sister threats. Please help.", "Lahore");
        signIn(users.create("INTAKE_ANALYST", "HQ"));

        browser.get(url("/intake/reports/" + tip.report() + "?lang=ur"));

        assertThat(browser.findElement(By.cssSelector("p.text")).getCssValue("direction")).isEqualTo("ltr");
        WebElement district = browser.findElement(By.xpath("//span[text()='Lahore']"));
        WebElement country = browser.findElement(By.xpath("//span[text()='PK']"));
        assertThat(district.getRect().getX()).as("Lahore is read before PK").isLessThan(country.getRect().getX());
        assertThat(browser.findElement(By.cssSelector("dl.facts time")).getText())
                .matches("\\d{1,2} \\p{IsArabic}+ \\d{4}، \\d{2}:\\d{2}");
        Browser.screenshot(browser, "english-tip-on-urdu-page");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUrduTipOnAnEnglishPageIsRightToLeftInTheUrduFont() throws Exception {
        Receipt tip = tip("میری بہن کو دھمکیاں دی گئیں۔ مدد کریں۔", "لاہور");
        signIn(users.create("INTAKE_ANALYST", "HQ"));

        browser.get(url("/intake/reports/" + tip.report() + "?lang=en"));

        WebElement description = browser.findElement(By.cssSelector("p.text"));
        assertThat(description.getCssValue("direction")).isEqualTo("rtl");
        Object loaded = browser.executeScript("""
                return document.fonts.ready.then(() => [...document.fonts]
                    .filter(f => f.status === 'loaded').map(f => f.family.replaceAll('"', '')))""");
        assertThat((List<Object>) loaded).contains("Hifazat Nastaliq");
        assertThat(browser.findElement(By.cssSelector("dl.facts time")).getText())
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        Browser.screenshot(browser, "urdu-tip-on-english-page");
    }

    private Receipt tip(String description, String district) {
        return intake.submitTip(new ReportContent(null, null, null, null, null, null, null, description, null, null,
                null, null, new LocationHint("PK", district, null, null, null)), null);
    }
}
