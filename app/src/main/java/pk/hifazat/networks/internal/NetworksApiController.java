package pk.hifazat.networks.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.cases.InvalidCaseRequest;
import pk.hifazat.identity.StaffApi;
import pk.hifazat.intake.ReportId;

/** The JSON twin of the network pages: the same roles, jurisdiction, audit and exports. */
@RestController
@RequestMapping(StaffApi.PREFIX + "/networks")
@PreAuthorize("hasAnyRole('INTAKE_ANALYST', 'DISTRICT_OFFICER', 'SUPERVISOR')")
@Tag(name = "Staff: networks")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class NetworksApiController {

    private final NetworkViews views;
    private final MessageSource messages;

    NetworksApiController(NetworkViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** Why an officer asks to see another unit's record. */
    record AccessRequest(String reason) {
    }

    /** A case to open from a network; {@code district} may be left out by an officer of one district. */
    record OpenCase(String title, String district) {
    }

    /** The case, by number, to attach a network's reports to. */
    record AttachToCase(@JsonProperty("case") String number) {
    }

    /** What was done: the case and the reports attached to it (new to it). */
    record CaseFromNetwork(@JsonProperty("case") String number, List<String> attached) {
    }

    @Operation(summary = "The largest networks that hold the officer's newest reports")
    @GetMapping
    List<NetworkViews.Listed> largest() {
        return views.largest(NetworksPagesController.LISTED);
    }

    @Operation(summary = "A network around a node: hops 0 for the whole network (up to the drawing limit), 1 or 2 for "
            + "the nodes that many steps away; another unit's records appear as RESTRICTED nodes")
    @GetMapping("/nodes/{node}")
    Picture picture(@PathVariable long node, @RequestParam(defaultValue = "0") int hops) {
        return views.picture(node, hops, true);
    }

    @Operation(summary = "The network of a report")
    @GetMapping("/reports/{report}")
    Picture ofReport(@PathVariable String report, @RequestParam(defaultValue = "0") int hops) {
        return views.picture(views.nodeOf(NetworkViews.report(report)), hops, true);
    }

    @Operation(summary = "A network as GraphML")
    @GetMapping("/nodes/{node}/network.graphml")
    ResponseEntity<byte[]> graphml(@PathVariable long node) {
        return NetworksPagesController.file(NetworkExports.graphml(views.export(node, "graphml")),
                "application/graphml+xml", "network-" + node + ".graphml");
    }

    @Operation(summary = "A network's nodes as CSV")
    @GetMapping("/nodes/{node}/nodes.csv")
    ResponseEntity<byte[]> nodes(@PathVariable long node) {
        return NetworksPagesController.file(NetworkExports.nodesCsv(views.export(node, "nodes.csv")), "text/csv",
                "network-" + node + "-nodes.csv");
    }

    @Operation(summary = "A network's edges as CSV")
    @GetMapping("/nodes/{node}/edges.csv")
    ResponseEntity<byte[]> edges(@PathVariable long node) {
        return NetworksPagesController.file(NetworkExports.edgesCsv(views.export(node, "edges.csv")), "text/csv",
                "network-" + node + "-edges.csv");
    }

    @Operation(summary = "Ask to see a record of another unit that is linked to the officer's (recorded and audited)")
    @PostMapping("/nodes/{node}/access-requests")
    ResponseEntity<Map<String, Long>> requestAccess(@PathVariable long node, @RequestBody(required = false) AccessRequest request) {
        long id = views.requestAccess(node, request == null ? null : request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("request", id));
    }

    @Operation(summary = "Open a case from a network: the network's reports in the officer's jurisdiction are attached, "
            + "the officer leads it; 403 (audited) outside the officer's jurisdiction")
    @PostMapping("/nodes/{node}/cases")
    ResponseEntity<CaseFromNetwork> openCase(@PathVariable long node, @RequestBody(required = false) OpenCase request) {
        OpenCase asked = request == null ? new OpenCase(null, null) : request;
        String number = views.openCase(node, asked.title(), asked.district()).value();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CaseFromNetwork(number, null));
    }

    @Operation(summary = "Attach a network's reports in the officer's jurisdiction to an existing case, named by number")
    @PostMapping("/nodes/{node}/case-reports")
    CaseFromNetwork attachToCase(@PathVariable long node, @RequestBody(required = false) AttachToCase request) {
        String number = request == null || request.number() == null ? "" : request.number().strip();
        return new CaseFromNetwork(number, views.attachToCase(node, number).stream().map(ReportId::toString).toList());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCaseRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH));
        problem.setTitle("Invalid request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownNodeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such node");
        return problem;
    }
}
