package pk.hifazat.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.statistics.KnownFigures;
import pk.hifazat.triage.Priority;

/**
 * A year of figures (2025) across districts and categories; headquarters opens the national dashboard
 * in Urdu and sees it right to left with its charts drawn beside their tables; anyone opens the public
 * report without an account and sees small numbers withheld.
 */
class StatisticsBrowserTest extends BrowserTest {

    private static final List<DistrictCode> DISTRICTS = List.of(new DistrictCode("PK617"), new DistrictCode("PK623"),
            new DistrictCode("PK702"), new DistrictCode("PK528"), new DistrictCode("PK226"), new DistrictCode("PK305"));

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void headquartersReadsTheNationalDashboardInUrduAndAnyoneThePublicReport() throws Exception {
        int cases = load();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql("""
                SELECT coalesce(sum(n), 0) FROM statistics_count WHERE measure = 'CASES' AND dimension = 'TOTAL'
                   AND category <> 'OTHER' AND day BETWEEN '2025-01-01' AND '2025-12-31'""").query(Long.class).single() == cases);

        signIn(users.create("SUPERVISOR", "HQ"));
        browser.get(url("/statistics?from=2025-01-01&to=2025-12-31&lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("اعداد و شمار: پاکستان");
        assertThat(browser.findElement(By.cssSelector("#headline-CASES .total")).getText()).isEqualTo(String.valueOf(cases));
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#figure-trend canvas")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#figure-categories canvas"))).isNotEmpty();
        WebElement categories = browser.findElement(By.cssSelector("#figure-categories table"));
        assertThat(categories.getText()).contains("جنسی بلیک میلنگ");
        Browser.screenshot(browser, "statistics-national-urdu");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('figure-categories').scrollIntoView()");
        Browser.screenshot(browser, "statistics-national-urdu-categories");

        browser.manage().deleteAllCookies();
        browser.get(url("/public/statistics?year=2025&lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Child protection in numbers, 2025");
        assertThat(browser.findElement(By.id("public-casesByDistrict")).getText()).contains("<5").contains("Lahore");
        assertThat(browser.findElements(By.cssSelector("a[href='/login?logout']"))).isEmpty();
        Browser.screenshot(browser, "statistics-public");
        browser.get(url("/public/statistics?year=2025&lang=ur"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        Browser.screenshot(browser, "statistics-public-urdu");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('public-casesByProvince').scrollIntoView()");
        assertThat(browser.findElement(By.cssSelector("#public-casesByProvince td bdi")).getCssValue("direction")).isEqualTo("ltr");
        Browser.screenshot(browser, "statistics-public-urdu-tables");
    }

    /** Tips of seven kinds (for the cases' categories), then reports, cases, children and suspects of 2025; returns the cases. */
    private int load() {
        List<ReportId> kinds = List.of(
                tip(IncidentType.CHILD_SEXUAL_MOLESTATION, null), tip(null, ReportAnnotation.ABDUCTION_OR_MISSING_CHILD),
                tip(null, ReportAnnotation.CHILD_MARRIAGE), tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, null),
                tip(IncidentType.ONLINE_ENTICEMENT, null), tip(null, ReportAnnotation.SEXTORTION),
                tip(null, ReportAnnotation.LIVE_STREAMING));
        KnownFigures year = new KnownFigures(events, transactions, 2025);
        Random random = new Random(2025);
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 80; i++) {
            year.report(1 + random.nextInt(12), 1 + random.nextInt(28), random.nextBoolean() ? ReportSource.PUBLIC
                    : ReportSource.INDUSTRY, DISTRICTS.get(random.nextInt(DISTRICTS.size())), priorities[random.nextInt(4)]);
        }
        String[] genders = {"FEMALE", "MALE", "FEMALE", null};
        int cases = 40;
        for (int i = 0; i < cases; i++) {
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(20);
            // Lahore and Muzaffargarh get most cases, as the seed's story has it.
            DistrictCode district = DISTRICTS.get(Math.min(random.nextInt(8), DISTRICTS.size() - 1) % DISTRICTS.size());
            CaseId opened = year.openCase(month, day, district, List.of(kinds.get(random.nextInt(kinds.size()))));
            List<PersonId> children = new ArrayList<>();
            for (int c = 0; c <= random.nextInt(3); c++) {
                children.add(year.joins(opened, CaseRole.VICTIM, district, month, day, 2 + random.nextInt(16),
                        genders[random.nextInt(genders.length)]));
            }
            PersonId suspect = year.joins(opened, CaseRole.SUSPECT, district, month, day, 30, "MALE");
            if (random.nextBoolean()) {
                year.happened(opened, CaseEventKind.ARREST, month, day + 1, suspect);
                year.rescued(opened, children.get(0), month, day + 2);
            }
        }
        return cases;
    }

    private ReportId tip(IncidentType type, ReportAnnotation annotation) {
        return intake.submitTip(new ReportContent(null, type, null, null, null, List.of(),
                annotation == null ? List.of() : List.of(annotation), "Statistics browser test " + UUID.randomUUID(),
                List.of(), List.of(), List.of(), List.of(), null), null).report();
    }
}
