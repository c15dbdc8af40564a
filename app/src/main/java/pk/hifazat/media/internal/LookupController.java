package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.image.BadImageException;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.PartnerOrganisations;
import pk.hifazat.media.BankId;

/**
 * The lookup API for partners: hashes, or one image (hashed here in memory and discarded), answered
 * with the entries they match in the banks shared with the partner's organisation. Authenticated by
 * the organisation's API key, like intake's reporting API, and limited per organisation a minute.
 */
@RestController
@Tag(name = "Lookup")
@SecurityRequirement(name = "apiKey")
class LookupController {

    static final long MAX_IMAGE_BYTES = 25L * 1024 * 1024;
    private static final String PROBLEM = "application/problem+json";

    private final Lookup lookup;
    private final LookupAllowance allowance;
    private final PartnerOrganisations partners;
    private final AuditLog audit;
    private final ImageHasher images = new ImageHasher(HashMode.CORE, new ImageDecoder(100_000_000).reducingAbove(4_000_000));
    private final Semaphore decodes = new Semaphore(2);

    LookupController(Lookup lookup, LookupAllowance allowance, PartnerOrganisations partners, AuditLog audit) {
        this.lookup = lookup;
        this.allowance = allowance;
        this.partners = partners;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/lookup", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Look hashes up in the banks shared with your organisation",
            description = "Exact for MD5, SHA-1 and SHA-256; PDQ within each bank's radius (31 unless the bank says "
                    + "otherwise). Up to 100 hashes; each answered in order with the entries it matched.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The matches of each hash"),
                    @ApiResponse(responseCode = "400", description = "A hash or bank id is not valid; every one at fault is "
                            + "named under errors", content = @Content(mediaType = PROBLEM)),
                    @ApiResponse(responseCode = "403", description = "A bank asked for, or every bank, is not shared with "
                            + "your organisation", content = @Content(mediaType = PROBLEM)),
                    @ApiResponse(responseCode = "429", description = "Too many lookups this minute; see Retry-After",
                            content = @Content(mediaType = PROBLEM))})
    LookupAnswer hashes(@RequestBody LookupRequest request) {
        OrganisationId organisation = organisation();
        Set<BankId> banks = lookup.banksFor(organisation, request.banks());
        LookupAnswer answer = lookup.hashes(request.hashes(), banks);
        audited(organisation, answer, request.hashes().size() + " hashes");
        return answer;
    }

    @PostMapping(path = "/api/v1/lookup", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Look one image up in the banks shared with your organisation",
            description = "The image (JPEG, PNG, GIF, BMP or WebP, at most 25 MB) is hashed with PDQ in memory and "
                    + "discarded; its eight rotations and flips are searched. An image of PDQ quality under 50 matches nothing.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The image's PDQ hash and its matches"),
                    @ApiResponse(responseCode = "400", description = "No image, or not a readable image",
                            content = @Content(mediaType = PROBLEM)),
                    @ApiResponse(responseCode = "403", description = "No bank is shared with your organisation",
                            content = @Content(mediaType = PROBLEM)),
                    @ApiResponse(responseCode = "429", description = "Too many lookups this minute; see Retry-After",
                            content = @Content(mediaType = PROBLEM))})
    LookupAnswer image(@Parameter(description = "The image", schema = @Schema(type = "string", format = "binary"))
                       @RequestPart(name = "image", required = false) MultipartFile image,
                       @RequestParam(name = "banks", required = false) List<String> asked) throws IOException,
            InterruptedException {
        OrganisationId organisation = organisation();
        Set<BankId> banks = lookup.banksFor(organisation, asked);
        if (image == null || image.isEmpty() || image.getSize() > MAX_IMAGE_BYTES) {
            throw LookupProblem.invalid(List.of(LookupProblem.error("image", "send one image of at most 25 MB")));
        }
        DihedralHashes hashes;
        if (!decodes.tryAcquire(10, TimeUnit.SECONDS)) {
            throw LookupProblem.busy();
        }
        try (InputStream in = image.getInputStream()) {
            hashes = images.hashDihedral(in.readAllBytes(), "image");
        } catch (BadImageException e) {
            throw LookupProblem.invalid(List.of(LookupProblem.error("image", "not a readable image")));
        } finally {
            decodes.release();
        }
        LookupAnswer answer = lookup.image(hashes, banks);
        audited(organisation, answer, "one image");
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(LookupProblem refused) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.problem().getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.retryAfter() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfter()));
        }
        return answer.body(refused.problem());
    }

    private OrganisationId organisation() {
        OrganisationId organisation = partners.calling().orElseThrow(
                () -> LookupProblem.notShared("Only a partner organisation's API key may look hashes up."));
        long wait = allowance.take(organisation);
        if (wait > 0) {
            throw LookupProblem.tooMany(wait);
        }
        return organisation;
    }

    private void audited(OrganisationId organisation, LookupAnswer answer, String what) {
        long matched = answer.results().stream().filter(r -> !r.matches().isEmpty()).count();
        audit.recordIndependently(new AuditRecord(SecurityContextHolder.getContext().getAuthentication().getName(),
                MediaAction.LOOKUP, "ReportingOrganisation", organisation.toString(), null,
                what + ", " + matched + " matched"));
    }
}
