package pk.hifazat.statistics.internal;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.identity.StaffApi;

/** The JSON twin of the statistics pages: the same roles, jurisdiction and audit. */
@RestController
@RequestMapping(StaffApi.PREFIX + "/statistics")
@Tag(name = "Staff: statistics")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class StatisticsApiController {

    private final SelectionRequests requests;
    private final Dashboards dashboards;
    private final Operations operations;
    private final CategoryMap map;
    private final Labels labels;

    StatisticsApiController(SelectionRequests requests, Dashboards dashboards, Operations operations, CategoryMap map,
                            Labels labels) {
        this.requests = requests;
        this.dashboards = dashboards;
        this.operations = operations;
        this.map = map;
        this.labels = labels;
    }

    @Operation(summary = "A dashboard: headline figures (total, average per day, change against the previous period) and "
            + "its tables (trend, categories, districts, age band, gender, relationship, place, source, priority). "
            + "Query: from, to (ISO dates, both included), grain (DAY, MONTH, YEAR), category, province or district; "
            + "without province or district, the user's whole jurisdiction")
    @GetMapping("/dashboard")
    @PreAuthorize(StatisticsController.STAFF)
    Dashboard dashboard(SelectionRequests.Query query, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        return dashboards.build(chosen.selection(), chosen.area(), locale);
    }

    @Operation(summary = "One table of a dashboard as CSV")
    @GetMapping("/tables/{table}.csv")
    @PreAuthorize(StatisticsController.STAFF)
    ResponseEntity<byte[]> csv(@PathVariable String table, SelectionRequests.Query query, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        FigureTable figures = dashboards.build(chosen.selection(), chosen.area(), locale).table(table);
        return StatisticsFiles.attachment(Csv.of(figures, labels.message("statistics.csv.key", locale),
                labels.message("statistics.csv.label", locale)), "text/csv;charset=UTF-8", figures.id() + ".csv");
    }

    @Operation(summary = "Supervisors' figures: reports per unit and priority, waits (median and 90th percentile, hours), "
            + "backlog of open cases")
    @GetMapping("/operations")
    @PreAuthorize(StatisticsController.SUPERVISORS)
    List<FigureTable> operations(SelectionRequests.Query query, Locale locale) {
        return operations.figures(requests.choose(query, locale).selection(), locale);
    }

    @Operation(summary = "Which category each incident type, annotation and offence counts under")
    @GetMapping("/categories")
    @PreAuthorize(StatisticsController.STAFF)
    List<CategoryMap.Mapping> categories() {
        return map.all();
    }

    @ExceptionHandler(StatisticsInputException.class)
    ResponseEntity<ProblemDetail> invalid(StatisticsInputException e, Locale locale) {
        return problem(e, labels, locale);
    }

    /** Bad input as an RFC 9457 problem naming the field. */
    static ResponseEntity<ProblemDetail> problem(StatisticsInputException e, Labels labels, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                labels.message("statistics.field." + e.field(), locale) + ": "
                        + labels.messageWith(e.messageKey(), locale, e.value()));
        problem.setTitle("Invalid statistics query");
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }
}
