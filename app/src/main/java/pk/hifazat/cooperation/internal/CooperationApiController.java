package pk.hifazat.cooperation.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.StaffApi;

/**
 * The cooperation pages' JSON twin: the same roles, the same jurisdiction (403 and audited outside
 * it), the same rules; bad input is a 400 problem naming the field, a refused step a 409 problem
 * saying why in English and Urdu ({@link CooperationApiProblems}).
 */
@RestController
@RequestMapping(StaffApi.PREFIX + "/cooperation")
@PreAuthorize(CooperationController.CASE_WORKERS)
@Tag(name = "Staff: international cooperation")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class CooperationApiController {

    private final CooperationDesk desk;
    private final RequestViews views;
    private final CasePackages packages;
    private final InternationalCases international;
    private final Access access;

    CooperationApiController(CooperationDesk desk, RequestViews views, CasePackages packages,
                             InternationalCases international, Access access) {
        this.desk = desk;
        this.views = views;
        this.packages = packages;
        this.international = international;
        this.access = access;
    }

    /** A request as JSON: ids and dates as plain strings. */
    record RequestJson(String id, String reference, String caseNumber, String district, String kind, String country,
                       String agency, String legalBasis, String asked, String status, LocalDate dueOn, LocalDate sentOn,
                       LocalDate acknowledgedOn, LocalDate answeredOn, String answer, String draftedBy, Instant draftedAt,
                       String approvedBy, Instant approvedAt, List<String> persons, List<String> identifiers) {

        static RequestJson of(CooperationRequest r) {
            return new RequestJson(r.id().toString(), r.reference(), r.caseNumber(), r.district().value(), r.kind().name(),
                    r.country(), r.agency(), r.legalBasis(), r.asked(), r.status().name(), r.dueOn(), r.sentOn(),
                    r.acknowledgedOn(), r.answeredOn(), r.answer(), r.draftedBy().toString(), r.draftedAt(),
                    r.approvedBy() == null ? null : r.approvedBy().toString(), r.approvedAt(), r.persons(), r.identifiers());
        }
    }

    record Change(String from, String to, String note, Instant at, String by) {
    }

    /** A request with the persons it concerns (children by pseudonym), its history, its next statuses and staff names. */
    record Detail(RequestJson request, List<RequestViews.Concerned> concerned, List<Change> history, List<String> next,
                  boolean overdue, boolean mayApprove, Map<String, String> staff) {

        static Detail of(RequestViews.RequestView view) {
            return new Detail(RequestJson.of(view.request()), view.concerned(), view.history().stream()
                    .map(c -> new Change(c.from() == null ? null : c.from().name(), c.to().name(), c.note(), c.at(),
                            c.by().toString())).toList(),
                    view.next().stream().map(Enum::name).toList(), view.overdue(), view.mayApprove(), view.staff());
        }
    }

    @Operation(summary = "The newest requests abroad of the officer's jurisdiction, of one case or only the overdue ones")
    @GetMapping("/requests")
    List<RequestJson> list(@RequestParam(name = "case", required = false) String caseNumber,
                                  @RequestParam(defaultValue = "false") boolean overdue) {
        return desk.list(caseNumber, overdue).stream().map(RequestJson::of).toList();
    }

    @Operation(summary = "Cases a foreign national joined that have no request yet")
    @GetMapping("/suggestions")
    List<InternationalCases.Suggestion> suggestions() {
        return international.withoutRequest(access.visibleDistricts(), CooperationController.SUGGESTIONS);
    }

    @Operation(summary = "Draft a request for a case; its address is in the Location header")
    @PostMapping("/requests")
    ResponseEntity<Detail> draft(@RequestBody RequestForms.Draft form) {
        CooperationRequest request = desk.draft(form);
        return ResponseEntity.created(URI.create(StaffApi.PREFIX + "/cooperation/requests/" + request.id()))
                .body(view(request.id().value()));
    }

    @Operation(summary = "A request with the persons it concerns, its history and its possible next statuses")
    @GetMapping("/requests/{id}")
    Detail read(@PathVariable UUID id) {
        return view(id);
    }

    @Operation(summary = "Replace a draft's content (the case stays); 409 once it is no longer a draft")
    @PostMapping("/requests/{id}")
    Detail edit(@PathVariable UUID id, @RequestBody RequestForms.Draft form) {
        desk.edit(id, form);
        return view(id);
    }

    @Operation(summary = "Approve a request awaiting approval: a supervisor other than its drafter; 409 with the reason otherwise")
    @PostMapping("/requests/{id}/approval")
    Detail approve(@PathVariable UUID id) {
        desk.approve(id);
        return view(id);
    }

    @Operation(summary = "Move a request to another status; 409 with what is missing when its rules refuse")
    @PostMapping("/requests/{id}/status")
    Detail move(@PathVariable UUID id, @RequestBody RequestForms.Move move) {
        desk.move(id, move);
        return view(id);
    }

    @Operation(summary = "The request's case package as JSON, holding only the parts named (SUMMARY, PERSONS, IDENTIFIERS, "
            + "TIMELINE, EVIDENCE); the export is audited")
    @GetMapping("/requests/{id}/package.json")
    ResponseEntity<byte[]> json(@PathVariable UUID id, @RequestParam(required = false) List<String> parts) {
        return CooperationController.download(packages.export(id, parts, CasePackages.Format.JSON));
    }

    @Operation(summary = "The request's case package as PDF, holding only the parts named; the export is audited")
    @GetMapping("/requests/{id}/package.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) List<String> parts) {
        return CooperationController.download(packages.export(id, parts, CasePackages.Format.PDF));
    }

    private Detail view(UUID id) {
        return Detail.of(views.view(id, access.require().id(), access.require().is(Role.SUPERVISOR)));
    }
}
