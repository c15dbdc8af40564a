package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;

/** The desk shows which tips say a child is in danger, and finds them by urgency, district, receipt or identifier. */
class UrgentTipsBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Test
    void aChildInDangerNowIsMarkedUrgentWithItsCategoryAndFoundByEveryFilter() throws Exception {
        String digits = String.format("%07d", new java.util.Random().nextInt(10_000_000));
        Receipt danger = tip(ReportAnnotation.CHILD_IN_DANGER_NOW, "Muzaffargarh", "0300 " + digits);
        Receipt marriage = tip(ReportAnnotation.CHILD_MARRIAGE, "Lahore", null);
        signIn(users.create("INTAKE_ANALYST", "HQ"));

        browser.get(url("/intake?lang=en"));
        WebElement dangerRow = row(danger);
        assertThat(dangerRow.findElement(By.cssSelector(".urgent-mark")).getText()).isEqualTo("Urgent");
        assertThat(dangerRow.findElement(By.cssSelector("td.category")).getText()).isEqualTo("A child in danger now");
        WebElement marriageRow = row(marriage);
        assertThat(marriageRow.findElements(By.cssSelector(".urgent-mark"))).isEmpty();
        assertThat(marriageRow.findElement(By.cssSelector("td.category")).getText()).isEqualTo("Child marriage");
        Browser.screenshot(browser, "desk-urgent-tips");

        browser.findElement(By.name("urgent")).click();
        filter("urgent=true");
        assertThat(receipts()).contains(danger.code().value()).doesNotContain(marriage.code().value());

        browser.get(url("/intake?lang=en&district=Lahore&status=RECEIVED"));
        assertThat(receipts()).contains(marriage.code().value()).doesNotContain(danger.code().value());

        browser.get(url("/intake?lang=en"));
        browser.findElement(By.id("q")).sendKeys(danger.code().value().toLowerCase());
        filter("q=");
        assertThat(receipts()).containsExactly(danger.code().value());

        browser.get(url("/intake?lang=en"));
        browser.findElement(By.id("q")).sendKeys("+92 300 " + digits);
        filter("q=");
        assertThat(receipts()).containsExactly(danger.code().value());
    }

    private Receipt tip(ReportAnnotation category, String district, String phone) {
        List<Person> persons = phone == null ? List.of()
                : List.of(new Person(null, List.of(new Account(null, null, null, null, null, null, phone, null, null, null)),
                        null, null));
        return intake.submitTip(new ReportContent(null, null, null, null, null, null, List.of(category),
                "Please help.", persons, null, null, null, new LocationHint("PK", district, null, null, null)), null);
    }

    private void filter(String expectedInAddress) {
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(expectedInAddress));
    }

    private WebElement row(Receipt receipt) {
        return browser.findElement(By.xpath("//tr[.//a[text()='" + receipt.code().value() + "']]"));
    }

    private List<String> receipts() {
        return browser.findElements(By.cssSelector("table.incoming tbody a")).stream().map(WebElement::getText).toList();
    }
}
