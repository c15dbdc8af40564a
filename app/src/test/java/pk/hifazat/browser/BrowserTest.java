package pk.hifazat.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.hifazat.TestUsers;

/** The whole application on a real port, and a fresh headless Chromium for each test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.quit(browser);
    }

    /**
     * Signs in through the English sign-in page and waits until the page it leads to has replaced
     * the sign-in page (which has a heading of its own: waiting for a heading let a test go on
     * before the session was signed in).
     */
    void signIn(String username) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        submitWith(By.cssSelector("form button[type=submit]"));
        browser.findElement(By.tagName("h1"));
    }

    /**
     * Clicks a form's button and waits until the next page has replaced this one: reading the page
     * right after the click may otherwise read the old one, or an element of it that is then gone.
     */
    void submitWith(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(page));
    }

    /**
     * Whether the element belongs to a page that was replaced. Chromium says so in two ways: the
     * element is stale, or (while the next page is being built) its node "does not belong to the
     * document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
