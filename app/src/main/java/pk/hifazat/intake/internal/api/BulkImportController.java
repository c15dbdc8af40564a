package pk.hifazat.intake.internal.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.internal.ApiClient;

@RestController
@Tag(name = "Reports")
@SecurityRequirement(name = OpenApiConfiguration.API_KEY)
class BulkImportController {

    static final String NDJSON = "application/x-ndjson";

    private final BulkImporter importer;

    BulkImportController(BulkImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/reports/bulk", consumes = NDJSON, produces = NDJSON)
    @Operation(summary = "Send many reports as NDJSON, one report per line",
            description = "The file is read as it streams in and answered line by line, also as NDJSON: "
                    + "{\"line\":1,\"result\":\"accepted\",\"receipt\":\"HZ-…\",\"externalReportId\":\"…\",\"duplicate\":false} "
                    + "or {\"line\":2,\"result\":\"rejected\",\"errors\":[{\"field\":…,\"code\":…,\"message\":…}]}. "
                    + "A line is answered accepted only once it is committed to disk. A bad line does not stop the "
                    + "others. The last line is {\"summary\":{…}}; an answer without it was cut short: send the file "
                    + "again, stored lines answer as duplicates with their receipts. A line the database refuses although "
                    + "it is valid is rejected with the code unstorable-report; the others are stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ReportContent.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "One result per line, then a summary",
                            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = LineResult.class))),
                    @ApiResponse(responseCode = "503", description = "Too many imports are running; nothing was read. "
                            + "Send the file again after the Retry-After seconds",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    void bulk(@AuthenticationPrincipal ApiClient client, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        importer.importFile(client, request.getInputStream(), () -> {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(NDJSON);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Accel-Buffering", "no");
            return response.getOutputStream();
        });
    }
}
