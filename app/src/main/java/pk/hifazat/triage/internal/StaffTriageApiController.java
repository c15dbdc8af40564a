package pk.hifazat.triage.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.identity.StaffApi;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;

/**
 * The triage pages as JSON for staff tools: the same reads, the same roles and the same
 * jurisdiction check through {@code Access} (403 problem, audited) as the pages.
 */
@RestController
@RequestMapping(path = StaffApi.PREFIX + "/triage", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST')")
@Tag(name = "Staff: triage", description = "A report's triage, a unit's queue and a cluster, for signed-in staff "
        + "(session or personal access token); jurisdiction applies as on the pages")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class StaffTriageApiController {

    private final TriageReading reading;
    private final Queues queues;
    private final TriageAnswers answers;

    StaffTriageApiController(TriageReading reading, Queues queues, TriageAnswers answers) {
        this.reading = reading;
        this.queues = queues;
        this.answers = answers;
    }

    @GetMapping("/receipts/{receipt}")
    @Operation(summary = "A report's triage by its receipt code",
            description = "The receipt code as the reporter or partner knows it (HZ-7K4M-Q2XD; case, dashes and "
                    + "look-alike letters forgiven): district and why, priority and reasons, status, its cluster "
                    + "with the linked reports and their receipts, and each identifier it shares.",
            responses = {@ApiResponse(responseCode = "200", description = "The report's triage"),
                    @ApiResponse(responseCode = "403", description = "Outside the caller's jurisdiction (audited)"),
                    @ApiResponse(responseCode = "404", description = "No report has this receipt, or it is not triaged yet")})
    TriageAnswers.ReportAnswer byReceipt(@PathVariable String receipt) {
        return report(reading.byReceipt(receipt).orElseThrow(TriageReading::notFound).toString());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report's triage by its id",
            responses = {@ApiResponse(responseCode = "200", description = "The report's triage"),
                    @ApiResponse(responseCode = "403", description = "Outside the caller's jurisdiction (audited)"),
                    @ApiResponse(responseCode = "404", description = "No such report, or not triaged yet")})
    TriageAnswers.ReportAnswer report(@PathVariable String id) {
        return answers.report(reading.report(QueueController.uuid(id)));
    }

    @GetMapping("/clusters/{id}")
    @Operation(summary = "A cluster: its queue item, district, priority with reasons, status and reports",
            responses = {@ApiResponse(responseCode = "200", description = "The cluster"),
                    @ApiResponse(responseCode = "403", description = "Outside the caller's jurisdiction (audited)"),
                    @ApiResponse(responseCode = "404", description = "No such cluster")})
    TriageAnswers.ClusterAnswer cluster(@PathVariable String id) {
        return answers.cluster(reading.cluster(QueueController.uuid(id)));
    }

    @GetMapping("/units/{code}/queue")
    @Operation(summary = "A unit's queue, P1 first then oldest",
            description = "Keyset paging: pass the answer's next as after. Filters: priority (P1-P4), status "
                    + "(OPEN, CLAIMED, ESCALATED, CLOSED; default every one not closed), source (PUBLIC, INDUSTRY), "
                    + "age (DAY, WEEK, MONTH, OLDER).",
            responses = {@ApiResponse(responseCode = "200", description = "A page of the queue"),
                    @ApiResponse(responseCode = "403", description = "Outside the caller's jurisdiction (audited)"),
                    @ApiResponse(responseCode = "404", description = "No such unit")})
    TriageAnswers.QueueAnswer queue(@PathVariable String code, @RequestParam(defaultValue = "") String priority,
                                    @RequestParam(defaultValue = "") String status,
                                    @RequestParam(defaultValue = "") String source,
                                    @RequestParam(defaultValue = "") String age,
                                    @RequestParam(defaultValue = "") String after) {
        QueueAge chosenAge = QueueController.choice(QueueAge.values(), age);
        QueueFilter filter = new QueueFilter(QueueController.choice(Priority.values(), priority),
                QueueController.choice(QueueStatus.values(), status), QueueController.choice(ReportSource.values(), source),
                chosenAge == null ? null : chosenAge.withinDays(), chosenAge == null ? null : chosenAge.olderThanDays());
        return answers.queue(queues.page(code, filter, QueueCursor.parse(after)), reading::district);
    }
}
