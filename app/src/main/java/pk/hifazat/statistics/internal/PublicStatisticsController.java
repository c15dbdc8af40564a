package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public report, for anyone without an account: the page, its PDF and CSV, and its figures as
 * JSON. Nothing below a district; every small count withheld ({@link SuppressedTable}).
 */
@Controller
@Tag(name = "Public: statistics")
class PublicStatisticsController {

    static final String PAGE = "/public/statistics";
    static final String JSON = "/api/public/v1/statistics";

    private final PublicReports reports;
    private final Labels labels;

    PublicStatisticsController(PublicReports reports, Labels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        PublicReport report = report(year, locale);
        model.addAttribute("report", report);
        model.addAttribute("years", years());
        return "statistics/public";
    }

    @GetMapping(PAGE + "/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, Locale locale) {
        PublicReport report = report(year, locale);
        return StatisticsFiles.attachment(Csv.of(report, String.join(" ", preface(report, locale))),
                "text/csv;charset=UTF-8", "hifazat-statistics-" + report.year() + ".csv");
    }

    @GetMapping(PAGE + "/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year) {
        PublicReport report = report(year, Locale.ENGLISH);
        return StatisticsFiles.attachment(PublicReportPdf.of(report, labels.messageWith("statistics.public.title",
                        Locale.ENGLISH, report.year()), preface(report, Locale.ENGLISH)), "application/pdf",
                "hifazat-statistics-" + report.year() + ".pdf");
    }

    @Operation(summary = "The public report of a year as JSON: the same tables as the public page, every count from 1 to 4 "
            + "shown as \"<5\" and cells that would let one be worked out from the totals as \"x\"; no account needed")
    @GetMapping(JSON)
    @ResponseBody
    PublicReport json(@RequestParam(required = false) Integer year, Locale locale) {
        return report(year, locale);
    }

    @ExceptionHandler(StatisticsInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(StatisticsInputException e, Model model) {
        model.addAttribute("field", e.field());
        model.addAttribute("problem", e.messageKey());
        model.addAttribute("value", e.value());
        return "statistics/invalid";
    }

    private PublicReport report(Integer year, Locale locale) {
        LocalDate today = LocalDate.now(SelectionRequests.PAKISTAN);
        return reports.of(year == null ? today.getYear() : year, today, locale);
    }

    private static List<Integer> years() {
        int now = LocalDate.now(SelectionRequests.PAKISTAN).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 9, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** The period, the rule for small numbers and the counting rules, as the report states them. */
    private List<String> preface(PublicReport report, Locale locale) {
        return List.of(labels.messageWith("statistics.public.period", locale, report.from(), report.to()),
                labels.messageWith("statistics.public.rule", locale, report.threshold() - 1, report.threshold()),
                labels.message("statistics.public.counting", locale));
    }

}
