package pk.hifazat.cooperation.internal;

import java.net.URI;
import java.util.List;
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

    @Operation(summary = "The newest requests abroad of the officer's jurisdiction, of one case or only the overdue ones")
    @GetMapping("/requests")
    List<CooperationRequest> list(@RequestParam(name = "case", required = false) String caseNumber,
                                  @RequestParam(defaultValue = "false") boolean overdue) {
        return desk.list(caseNumber, overdue);
    }

    @Operation(summary = "Cases a foreign national joined that have no request yet")
    @GetMapping("/suggestions")
    List<InternationalCases.Suggestion> suggestions() {
        return international.withoutRequest(access.visibleDistricts(), CooperationController.SUGGESTIONS);
    }

    @Operation(summary = "Draft a request for a case; its address is in the Location header")
    @PostMapping("/requests")
    ResponseEntity<RequestViews.RequestView> draft(@RequestBody RequestForms.Draft form) {
        CooperationRequest request = desk.draft(form);
        return ResponseEntity.created(URI.create(StaffApi.PREFIX + "/cooperation/requests/" + request.id()))
                .body(view(request.id().value()));
    }

    @Operation(summary = "A request with the persons it concerns, its history and its possible next statuses")
    @GetMapping("/requests/{id}")
    RequestViews.RequestView read(@PathVariable UUID id) {
        return view(id);
    }

    @Operation(summary = "Replace a draft's content (the case stays); 409 once it is no longer a draft")
    @PostMapping("/requests/{id}")
    RequestViews.RequestView edit(@PathVariable UUID id, @RequestBody RequestForms.Draft form) {
        desk.edit(id, form);
        return view(id);
    }

    @Operation(summary = "Approve a request awaiting approval: a supervisor other than its drafter; 409 with the reason otherwise")
    @PostMapping("/requests/{id}/approval")
    RequestViews.RequestView approve(@PathVariable UUID id) {
        desk.approve(id);
        return view(id);
    }

    @Operation(summary = "Move a request to another status; 409 with what is missing when its rules refuse")
    @PostMapping("/requests/{id}/status")
    RequestViews.RequestView move(@PathVariable UUID id, @RequestBody RequestForms.Move move) {
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

    private RequestViews.RequestView view(UUID id) {
        return views.view(id, access.require().id(), access.require().is(Role.SUPERVISOR));
    }
}
