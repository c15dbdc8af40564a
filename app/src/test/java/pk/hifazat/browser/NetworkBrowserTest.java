package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.TestUsers;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.Victim;
import pk.hifazat.networks.Networks;

/**
 * The Muzaffargarh story as tips: a German national and his phone and e-mail named by tip after tip
 * from Muzaffargarh, beside local helpers and their numbers, and the children. The district officer
 * opens the network and sees it drawn, the German national as its most connected person and his
 * number as its most connected account, Germany among its countries; then opens a case from it, with
 * the network's reports attached.
 */
class NetworkBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    Networks networks;

    @Test
    void theMuzaffargarhNetworkIsDrawnWithTheGermanNationalMostConnectedAndACaseIsOpenedFromIt() throws Exception {
        String german = "+49 151 " + digits(8);
        String leaderMail = "hans" + digits(5) + "@example.de";
        String helperOne = "0300" + digits(7);
        String helperTwo = "0301" + digits(7);
        List<ReportId> tips = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<Account> leader = new ArrayList<>(List.of(account(german, null)));
            if (i % 3 == 0) {
                leader.add(account(null, leaderMail));
            }
            tips.add(tip(List.of(new Person("Hans (German national)", leader, null, null),
                    new Person(i % 2 == 0 ? "Local helper" : "Second helper",
                            List.of(account(i % 2 == 0 ? helperOne : helperTwo, null)), null, null))));
        }
        awaitNetwork(tips);
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));

        browser.get(url("/networks/reports/" + tips.getFirst().value() + "?lang=en"));
        int drawn = awaitDrawn("network-muzaffargarh");

        assertThat(browser.findElement(By.cssSelector("#persons li")).getText())
                .contains("Hans (German national)", "reaches 8 reports and cases");
        assertThat(browser.findElement(By.cssSelector("#hubs li")).getText()).contains(german.replace(" ", ""));
        assertThat(browser.findElement(By.cssSelector(".network-summary")).getText()).contains("Germany", "Muzaffargarh");
        assertThat(drawn).isLessThan(2_000);

        browser.get(url("/networks/reports/" + tips.getFirst().value() + "?lang=ur"));
        awaitDrawn("network-muzaffargarh-ur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("نیٹ ورک");

        browser.get(url("/networks/reports/" + tips.getFirst().value() + "?lang=en"));
        browser.findElement(By.id("case-title")).sendKeys("Network led by a German national (fictional)");
        submitWith(By.cssSelector("#open-case button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("h1 span")).getText()).startsWith("NCCIA-MZG-");
        assertThat(browser.findElement(By.cssSelector("#reports h2")).getText()).contains("(8)");
    }

    @Test
    void aNetworkOfThreeHundredNodesIsDrawnWithinTwoSeconds() throws Exception {
        String hub = "0302" + digits(7);
        List<ReportId> tips = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            tips.add(tip(List.of(new Person("Person " + i, List.of(account(hub, null), account("0303" + digits(7), null)),
                    null, null))));
        }
        awaitNetwork(tips);
        signIn(users.create("DISTRICT_OFFICER", "DCU-PK623"));

        browser.get(url("/networks/reports/" + tips.getFirst().value() + "?lang=en"));
        int drawn = awaitDrawn("network-300-nodes");

        assertThat(Integer.parseInt(browser.findElement(By.id("network-graph")).getDomAttribute("data-nodes")))
                .isGreaterThanOrEqualTo(300);
        assertThat(drawn).isLessThan(2_000);
    }

    /**
     * Waits for the picture and returns how long drawing it took; the figures, and the time from the
     * request to the drawn picture, are kept beside the screenshots for the documentation's table.
     * The time from the request is held to a loose bound only: on a machine busy with other builds
     * it varies twofold, and the two-second target is measured on a quiet one.
     */
    private int awaitDrawn(String name) throws Exception {
        WebElement graph = browser.findElement(By.id("network-graph"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> graph.getDomAttribute("data-rendered-ms") != null);
        assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
        browser.executeScript("arguments[0].scrollIntoView()", graph);
        Browser.screenshot(browser, name);
        Path figures = Path.of("target", "screenshots", "network-render-ms.txt");
        Files.writeString(figures, name + " nodes=" + graph.getDomAttribute("data-nodes") + " layout-ms="
                + graph.getDomAttribute("data-layout-ms") + " since-request-ms=" + graph.getDomAttribute("data-rendered-ms")
                + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-rendered-ms"))).isLessThan(5_000);
        return Integer.parseInt(graph.getDomAttribute("data-layout-ms"));
    }

    private void awaitNetwork(List<ReportId> tips) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (networks.reportsInNetworkOf(tips.getFirst(), 1_000).size() < tips.size()) {
            assertThat(Instant.now()).as("the graph holds the network within 60 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private ReportId tip(List<Person> persons) {
        return intake.submitTip(new ReportContent(null, null, null, null, null, null, null,
                "Network story " + UUID.randomUUID(), persons, null,
                List.of(new Victim(8, null, null, Gender.FEMALE, null, null)), null,
                new LocationHint("PK", "Muzaffargarh", null, null, null)), null).report();
    }

    private static Account account(String phone, String email) {
        return new Account(null, null, null, null, null, email, phone, null, null, null);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
        }
        return digits.toString();
    }
}
