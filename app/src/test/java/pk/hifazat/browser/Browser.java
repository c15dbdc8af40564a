package pk.hifazat.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is not installed the test is skipped
 * on a developer's machine, but fails in CI ({@code CI=true}): a browser test that silently skips
 * in CI tests nothing.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private Browser() {
    }

    /** Closes the browser and deletes its profile folder. */
    public static void quit(ChromeDriver driver) throws IOException {
        if (driver == null) {
            return;
        }
        driver.quit();
        Path profile = PROFILES.remove(driver);
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    public static ChromeDriver start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium and chromedriver must be installed in CI (apt-get install chromium chromium-driver)");
            }
            Assumptions.abort("Chromium is not installed here; browser tests skipped");
        }
        Path profile = Files.createTempDirectory("hifazat-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        PROFILES.put(driver, profile);
        return driver;
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
