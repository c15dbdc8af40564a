package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;

/**
 * Every page at the width of a 390 px phone, in English and in Urdu, as the roles that may open it:
 * the page itself never scrolls sideways (a wide table scrolls inside its own box). Each page is
 * saved as a screenshot for a person to look at.
 */
class PhoneWidthBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    private final List<String> tooWide = new ArrayList<>();

    @BeforeEach
    void holdAPhone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void everyPageFitsAPhoneInBothLanguages() throws Exception {
        Receipt receipt = intake.submitTip(new ReportContent(null, null, null, null, null, null, null,
                "Someone sent messages to my nephew from https://example.com/a/very/long/address/without/any/spaces/in/it "
                        + "کسی نے میرے بھتیجے کو پیغامات بھیجے", null, null, null, null, null), null);

        visitAll("public", List.of("/report", "/receipt", "/login"));

        signIn(users.create("ADMINISTRATOR", "HQ"));
        visitAll("administrator", List.of("/", "/intake", "/intake/reports/" + receipt.report(), "/admin/users",
                "/admin/units", "/admin/districts", "/admin/api-keys", "/audit", "/account/password"));
        signOut();

        signIn(users.create("DISTRICT_OFFICER", "DCU-PK617"));
        visitAll("district-officer", List.of("/", "/units/DCU-PK617", "/units/DCU-PK623", "/no-such-page"));
        signOut();

        signIn(users.create("CPB_CASEWORKER", "CPB-PK6"));
        visitAll("caseworker", List.of("/", "/units/CPB-PK6"));

        assertThat(tooWide).as("pages wider than a %d px phone", PHONE_WIDTH).isEmpty();
    }

    private void visitAll(String who, List<String> paths) throws Exception {
        for (String language : List.of("en", "ur")) {
            for (String path : paths) {
                browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                long page = (Long) browser.executeScript("return document.documentElement.scrollWidth");
                long screen = (Long) browser.executeScript("return window.innerWidth");
                assertThat(screen).isEqualTo(PHONE_WIDTH);
                if (page > screen) {
                    tooWide.add(language + " " + path + " as " + who + ": " + page + " px");
                }
                Browser.screenshot(browser, "phone-" + who + "-" + language + path.replaceAll("[^a-zA-Z0-9]+", "-"));
            }
        }
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    }
}
