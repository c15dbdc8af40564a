package pk.hifazat.linking.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffApi;

/**
 * The JSON twin of the analysts' linking pages: the same lists, the same decisions, the same roles,
 * the same national check and audit. Bad input is a problem naming the field.
 */
@RestController
@RequestMapping(StaffApi.PREFIX + "/linking")
@PreAuthorize("hasAnyRole('INTAKE_ANALYST', 'SUPERVISOR') and @access.national()")
@Tag(name = "Staff: linking")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class LinkingApiController {

    private final KeyDecisions decisions;
    private final LinkingDecisionsAudited audited;
    private final KeyRules rules;
    private final Access access;

    LinkingApiController(KeyDecisions decisions, LinkingDecisionsAudited audited, KeyRules rules, Access access) {
        this.decisions = decisions;
        this.audited = audited;
        this.rules = rules;
        this.access = access;
    }

    /** What the noise page lists. */
    record NoiseLists(List<KeyDecisions.KeyView> candidates, List<KeyDecisions.KeyView> noise,
                      List<KeyDecisions.KeyView> notNoise) {
    }

    /** A handle waiting for confirmation and the usernames that fold to it. */
    record WeakLink(KeyDecisions.KeyView handle, List<KeyDecisions.KeyView> spellings) {
    }

    /** Why an analyst decides as they do. */
    record Decision(String reason) {
    }

    @Operation(summary = "Identifiers that may be noise, those marked as noise, and those said to be real")
    @GetMapping("/noise")
    NoiseLists noise() {
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "LinkNoise", "api"));
        int size = LinkingPagesController.LIST_SIZE;
        return new NoiseLists(decisions.candidates(size), decisions.noise(size), decisions.notNoise(size));
    }

    @Operation(summary = "Handles on several platforms or in several cases, waiting for confirmation as one person")
    @GetMapping("/weak-links")
    List<WeakLink> weakLinks() {
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "LinkWeakLinks", "api"));
        return decisions.weakLinks(LinkingPagesController.LIST_SIZE).stream()
                .map(handle -> new WeakLink(handle, decisions.spellingsOf(handle))).toList();
    }

    @Operation(summary = "An identifier or file hash as linking knows it: how many reports name it and what was decided",
            description = "kind: PHONE, EMAIL, USERNAME, USER_ID, PROFILE_URL, IP, DEVICE_ID, WALLET, PAYMENT_ACCOUNT, "
                    + "MD5, SHA1, SHA256, PDQ or HANDLE (a username on any platform); value as written, normalised here")
    @GetMapping("/keys")
    KeyDecisions.KeyView key(@RequestParam(required = false) String kind, @RequestParam(required = false) String value,
                             @RequestParam(required = false) String platform) {
        LinkKey asked = rules.asked(kind, value, platform);
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "LinkKey", "lookup"));
        return decisions.key(asked).orElseThrow(() -> new UnknownKeyException(-1));
    }

    @Operation(summary = "Mark an identifier as noise: it links nothing, and the clusters it held together split")
    @PostMapping("/keys/{id}/noise")
    KeyDecisions.KeyView markNoise(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return audited.markNoise(id, reasonOf(decision));
    }

    @Operation(summary = "Say an identifier is real, not noise: it links again and merges the clusters naming it")
    @PostMapping("/keys/{id}/not-noise")
    KeyDecisions.KeyView unmarkNoise(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return audited.unmarkNoise(id, reasonOf(decision));
    }

    @Operation(summary = "Confirm that a handle is one person: the reports naming it join one cluster")
    @PostMapping("/keys/{id}/confirmation")
    KeyDecisions.KeyView confirm(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return audited.confirm(id, reasonOf(decision));
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidDecisionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid decision");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such identifier");
        return problem;
    }

    private static String reasonOf(Decision decision) {
        return decision == null ? null : decision.reason();
    }
}
