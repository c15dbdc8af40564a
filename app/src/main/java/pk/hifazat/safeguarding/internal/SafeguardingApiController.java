package pk.hifazat.safeguarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.StaffApi;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.PathwayStage;

/**
 * Safeguarding's pages' JSON twin: the same roles and access checks (403 and audited), children by
 * pseudonym only; bad input is a 400 problem naming the field, a step the pathway refuses a 409.
 */
@RestController
@Tag(name = "Staff: safeguarding")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class SafeguardingApiController {

    private static final String BASE = StaffApi.PREFIX + "/safeguarding";

    private final SafeguardingViews views;
    private final Pathway pathway;
    private final SealedDetails details;
    private final CareWork care;
    private final MissingChildren missing;
    private final Access access;

    SafeguardingApiController(SafeguardingViews views, Pathway pathway, SealedDetails details, CareWork care,
                              MissingChildren missing, Access access) {
        this.views = views;
        this.pathway = pathway;
        this.details = details;
        this.care = care;
        this.missing = missing;
        this.access = access;
    }

    record Child(UUID id, String pseudonym, String caseNumber, String district, Integer age, String gender, String stage,
                 LocalDate stageSince, LocalDate identifiedOn, LocalDate locatedOn, LocalDate safeguardedOn,
                 String safeguardedPlace, LocalDate referredOn, UUID office, LocalDate rehabilitationOn, LocalDate closedOn,
                 String closeReason, boolean guardianSuspected) {
        /** As a bureau office's caseworker may see the child: nothing of the case, nor where the rescue was. */
        Child withoutCase() {
            return new Child(id, pseudonym, null, null, age, gender, stage, stageSince, identifiedOn, locatedOn, safeguardedOn,
                    null, referredOn, office, rehabilitationOn, closedOn, closeReason, guardianSuspected);
        }

        static Child of(ChildRecord c, boolean guardianSuspected) {
            return new Child(c.id().value(), c.pseudonym(), c.caseNumber(), c.district().value(), c.age(), c.gender(),
                    c.stage().name(), c.stageSince(), c.identifiedOn(), c.locatedOn(), c.safeguardedOn(), c.safeguardedPlace(),
                    c.referredOn(), c.office() == null ? null : c.office().value(), c.rehabilitationOn(), c.closedOn(),
                    c.closeReason() == null ? null : c.closeReason().name(), guardianSuspected);
        }
    }

    /** A referred child as the office's caseworker sees it: pseudonym, age, care plan, and nothing of the case. */
    record ReferredChild(UUID id, String pseudonym, Integer age, String gender, String stage, LocalDate referredOn,
                         String referralNote, boolean guardianSuspected, List<CareGoal> carePlan) {
    }

    record CaseOverview(String caseNumber, long identified, long safeguarded, long referred,
                        Map<PathwayStage, List<String>> longestWaiting, List<Child> children) {
    }

    record ChildDetail(Child child, String office, List<UUID> suspectedGuardians, List<CareGoal> carePlan, int photos) {
    }

    record Revealed(String pseudonym, ChildDetails details, List<String> photos) {
    }

    record Steps(List<String> children, String on, String place, List<String> officers, String office, String note) {
    }

    record Step(String on, String reason) {
    }

    record Goal(String area, String goal, String followUpOn) {
    }

    record FollowUp(String madeOn, String note, String nextOn, boolean achieved) {
    }

    record Missing(UUID id, String pseudonym, String kind, Integer age, String gender, String district, String place,
                   Instant lastSeenAt, Instant alertAt) {
        static Missing of(MissingRecord r) {
            return new Missing(r.id(), r.pseudonym(), r.kind().name(), r.age(), r.gender(), r.district().value(), r.place(),
                    r.lastSeenAt(), r.alertAt());
        }
    }

    record Closing(String reason, boolean found) {
    }

    @Operation(summary = "The children of the user's jurisdiction, optionally at one stage, longest waiting first")
    @GetMapping(BASE + "/children")
    @PreAuthorize(SafeguardingController.CASE_WORKERS)
    List<Child> list(@RequestParam(required = false) PathwayStage stage) {
        return views.list(stage).children().stream().map(c -> Child.of(c, false)).toList();
    }

    @Operation(summary = "A case's children: identified, safeguarded and referred counts, who waits longest at each step")
    @GetMapping(BASE + "/cases/{number}")
    @PreAuthorize(SafeguardingController.CASE_WORKERS)
    CaseOverview casePage(@PathVariable String number) {
        return overview(views.casePage(number));
    }

    @Operation(summary = "Safeguard children of a case on one date and place, by officers (all or none)")
    @PostMapping(BASE + "/cases/{number}/safeguard")
    @PreAuthorize(SafeguardingController.FIELD_STAFF)
    CaseOverview safeguard(@PathVariable String number, @RequestBody Steps request) {
        pathway.safeguard(request.children(), request.on(), request.place(), request.officers());
        return overview(views.casePage(number));
    }

    @Operation(summary = "Refer safeguarded children of a case to a Child Protection Bureau office by its unit code (all or none)")
    @PostMapping(BASE + "/cases/{number}/refer")
    @PreAuthorize(SafeguardingController.FIELD_STAFF)
    CaseOverview refer(@PathVariable String number, @RequestBody Steps request) {
        pathway.refer(request.children(), request.office(), request.on(), request.note());
        return overview(views.casePage(number));
    }

    @Operation(summary = "A child by pseudonym: the pathway's dates, the office, guardians who are suspects, the care plan")
    @GetMapping(BASE + "/children/{id}")
    @PreAuthorize(SafeguardingController.ANY_CHILD_WORK)
    ChildDetail child(@PathVariable UUID id) {
        return detail(new ChildId(id));
    }

    @Operation(summary = "Record that a child was found")
    @PostMapping(BASE + "/children/{id}/locate")
    @PreAuthorize(SafeguardingController.FIELD_STAFF)
    ChildDetail locate(@PathVariable UUID id, @RequestBody Step request) {
        pathway.locate(new ChildId(id), request.on());
        return detail(new ChildId(id));
    }

    @Operation(summary = "Record that a referred child began rehabilitation")
    @PostMapping(BASE + "/children/{id}/rehabilitation")
    @PreAuthorize(SafeguardingController.ANY_CHILD_WORK)
    ChildDetail rehabilitation(@PathVariable UUID id, @RequestBody Step request) {
        pathway.startRehabilitation(new ChildId(id), request.on());
        return detail(new ChildId(id));
    }

    @Operation(summary = "Close a child's record with a reason")
    @PostMapping(BASE + "/children/{id}/close")
    @PreAuthorize(SafeguardingController.MAY_REVEAL)
    ChildDetail close(@PathVariable UUID id, @RequestBody Step request) {
        pathway.close(new ChildId(id), request.reason(), request.on());
        return detail(new ChildId(id));
    }

    @Operation(summary = "Reveal a child's sealed details and photographs: a reason is required, and audited")
    @PostMapping(BASE + "/children/{id}/reveal")
    @PreAuthorize(SafeguardingController.MAY_REVEAL)
    Revealed reveal(@PathVariable UUID id, @RequestBody Step request) {
        var revealed = details.reveal(new ChildId(id), request.reason());
        return new Revealed(views.child(new ChildId(id)).child().pseudonym(), revealed.details(),
                revealed.photos().stream().map(p -> Base64.getEncoder().encodeToString(p.image())).toList());
    }

    @Operation(summary = "Add a goal to a referred child's care plan (the office's caseworkers)")
    @PostMapping(BASE + "/children/{id}/goals")
    @PreAuthorize(SafeguardingController.CASEWORKER)
    ChildDetail addGoal(@PathVariable UUID id, @RequestBody Goal request) {
        care.addGoal(new ChildId(id), request.area(), request.goal(), request.followUpOn());
        return detail(new ChildId(id));
    }

    @Operation(summary = "Record a follow-up of a care goal: due again on nextOn, or achieved")
    @PostMapping(BASE + "/children/{id}/goals/{goal}/follow-ups")
    @PreAuthorize(SafeguardingController.CASEWORKER)
    ChildDetail followUp(@PathVariable UUID id, @PathVariable UUID goal, @RequestBody FollowUp request) {
        care.followUp(goal, request.madeOn(), request.note(), request.nextOn(), request.achieved());
        return detail(new ChildId(id));
    }

    @Operation(summary = "The children referred to the caseworker's own office, with their care plans")
    @GetMapping(BASE + "/office")
    @PreAuthorize(SafeguardingController.CASEWORKER)
    List<ReferredChild> office() {
        var page = views.office();
        return page.children().stream().map(c -> new ReferredChild(c.id().value(), c.pseudonym(), c.age(), c.gender(),
                c.stage().name(), c.referredOn(), c.referralNote(), page.suspectedGuardians().contains(c.person().value()),
                page.carePlans().getOrDefault(c.id().value(), List.of()))).toList();
    }

    @Operation(summary = "Open missing-child records of the user's districts, and the alerts of their provinces")
    @GetMapping(BASE + "/missing")
    @PreAuthorize(SafeguardingController.CASE_WORKERS)
    List<Missing> missing() {
        return missing.visible().stream().map(Missing::of).toList();
    }

    @Operation(summary = "Report a child missing or abducted: a record at once")
    @PostMapping(BASE + "/missing")
    @PreAuthorize(SafeguardingController.FIELD_STAFF)
    Missing report(@RequestBody MissingChildren.Report request) {
        return Missing.of(missing.report(request));
    }

    @Operation(summary = "Send the alert about a missing child to every unit of its province")
    @PostMapping(BASE + "/missing/{id}/alert")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Missing alert(@PathVariable UUID id) {
        return Missing.of(missing.alert(id));
    }

    @Operation(summary = "Close a missing child's record (found, or another reason); its alert is no longer shown")
    @PostMapping(BASE + "/missing/{id}/close")
    @PreAuthorize(SafeguardingController.FIELD_STAFF)
    Missing closeMissing(@PathVariable UUID id, @RequestBody Closing request) {
        return Missing.of(missing.close(id, request.reason(), request.found()));
    }

    private ChildDetail detail(ChildId id) {
        var page = views.child(id);
        Child child = Child.of(page.child(), !page.suspectedGuardians().isEmpty());
        boolean caseworker = access.require().is(Role.CPB_CASEWORKER);
        return new ChildDetail(caseworker ? child.withoutCase() : child, page.office() == null ? null : page.office().code(),
                caseworker ? List.of() : page.suspectedGuardians(), page.carePlan(), page.photos());
    }

    private static CaseOverview overview(SafeguardingViews.CasePage page) {
        CaseChildren o = page.overview();
        Set<UUID> suspected = page.suspectedGuardians();
        Map<PathwayStage, List<String>> waiting = new java.util.LinkedHashMap<>();
        o.longestWaiting().forEach((stage, list) -> waiting.put(stage, list.stream().map(w -> w.child().pseudonym()).toList()));
        return new CaseOverview(o.caseNumber(), o.identified(), o.safeguarded(), o.referred(), waiting,
                o.children().stream().map(c -> Child.of(c, suspected.contains(c.person().value()))).toList());
    }
}
