package pk.hifazat.intake.internal.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.Reports;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Industry reports: platforms, NCMEC referrals and partner agencies")
@SecurityRequirement(name = OpenApiConfiguration.API_KEY)
class ReportsApiController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SingleReports singleReports;
    private final Reports reports;
    private final int maxReportBytes;
    private final ReportsInFlight inFlight;

    ReportsApiController(SingleReports singleReports, Reports reports, IntakeProperties properties, ReportsInFlight inFlight) {
        this.singleReports = singleReports;
        this.inFlight = inFlight;
        this.reports = reports;
        this.maxReportBytes = (int) properties.maxReportSize().toBytes();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send one report",
            description = "Stores the report and answers with its receipt. The same externalReportId from the same "
                    + "organisation never makes a second report: it answers 200 with the first report's receipt. "
                    + "With an Idempotency-Key, a retry gets exactly the first answer; the same key with another body "
                    + "is refused with 422. An invalid report is refused whole with 400, naming every field at fault.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ReportContent.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored",
                            content = @Content(schema = @Schema(implementation = ReportAnswer.class))),
                    @ApiResponse(responseCode = "200", description = "Already stored (same externalReportId)",
                            content = @Content(schema = @Schema(implementation = ReportAnswer.class))),
                    @ApiResponse(responseCode = "400", description = "Not valid; nothing stored",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "401", description = "Missing, unknown or revoked API key"),
                    @ApiResponse(responseCode = "413", description = "Larger than the limit"),
                    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body, or the "
                            + "database refused this valid report (unstorable-report; sending it again will not help)",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "503", description = "Not stored: more reports are arriving than can be "
                            + "stored (busy), the database is unreachable or busy, or intake is shutting down; send it "
                            + "again after the Retry-After seconds")})
    ResponseEntity<String> submit(@AuthenticationPrincipal ApiClient client,
                                  @Parameter(description = "Any unique string up to 255 characters; a retry with the same key is safe")
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                  HttpServletRequest request) throws IOException {
        if (idempotencyKey != null && !isValidKey(idempotencyKey)) {
            throw new BadIdempotencyKeyException();
        }
        int slots = inFlight.slotsFor(request.getContentLengthLong());
        if (!inFlight.enter(slots)) {
            throw new IntakeBusyException();
        }
        SingleReports.Answer answer;
        try {
            byte[] body = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), maxReportBytes);
            answer = singleReports.submit(client, body, idempotencyKey);
        } finally {
            inFlight.leave(slots);
        }
        var response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        if (answer.receipt() != null && answer.status() == HttpStatus.CREATED.value()) {
            response.location(URI.create(request.getRequestURI() + "/" + answer.receipt()));
        }
        return response.body(answer.body());
    }

    @GetMapping(path = "/{receipt}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The coarse status of one of the organisation's own reports")
    ReceiptAnswer receipt(@AuthenticationPrincipal ApiClient client, @PathVariable String receipt) {
        return ReceiptCode.parse(receipt)
                .flatMap(code -> reports.receiptOf(client.organisation(), code))
                .map(ReceiptAnswer::of)
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "The organisation has no report with this receipt."), null));
    }

    private static boolean isValidKey(String key) {
        return !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
