package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffApi;
import pk.hifazat.media.BankId;

/**
 * The curator pages' JSON twin. Its import takes the list as the request body, streamed to the spool
 * folder, so that a program can send a list of any size ({@code curl -T list.csv}), which a browser's
 * form (100 MB) cannot.
 */
@RestController
@RequestMapping(StaffApi.PREFIX + "/banks")
@PreAuthorize("hasRole('HASH_CURATOR')")
@Tag(name = "Staff: known material")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class StaffBankApiController {

    private static final int SHOWN = 200;

    private final Banks banks;
    private final HashImports imports;
    private final HashImporter importer;
    private final Matches matches;
    private final Access access;
    private final AuditLog audit;

    StaffBankApiController(Banks banks, HashImports imports, HashImporter importer, Matches matches, Access access,
                           AuditLog audit) {
        this.banks = banks;
        this.imports = imports;
        this.importer = importer;
        this.matches = matches;
        this.access = access;
        this.audit = audit;
    }

    /** A bank with its counts. */
    record BankView(String id, String name, String source, String defaultCategory, String severity, int pdqRadius,
                    boolean enabled, boolean retired, Banks.EntryCounts entries) {

        static BankView of(Bank b, Banks.EntryCounts counts) {
            return new BankView(b.id().toString(), b.name(), b.source(), b.defaultCategory(), b.severity().name(),
                    b.pdqRadius(), b.enabled(), b.retired(), counts);
        }
    }

    /** An import, how far it got, and its first bad lines. */
    record ImportView(long id, String bank, String fileName, String format, String status, Instant startedAt,
                      Instant finishedAt, long linesRead, long added, long duplicates, long errors, long ignored,
                      String failure, List<HashImport.LineError> firstErrors) {

        static ImportView of(HashImport i, List<HashImport.LineError> errors) {
            return new ImportView(i.id(), i.bank().toString(), i.fileName(), i.format().name(), i.status().name(),
                    i.startedAt(), i.finishedAt(), i.linesRead(), i.added(), i.duplicates(), i.errors(), i.ignored(),
                    i.failure(), errors);
        }
    }

    /** A match, with its report. */
    record MatchView(String report, int file, String bank, String bankName, long entry, String algorithm, int distance,
                     String category, String series, boolean victimIdentified, Instant matchedAt, boolean entryRemoved) {

        static MatchView of(Matches.StoredMatch m) {
            var x = m.match();
            return new MatchView(m.report().toString(), x.file(), x.bank().toString(), x.bankName(), x.entry(),
                    x.algorithm().name(), x.distance(), x.category(), x.series(), x.victimIdentified(), m.matchedAt(),
                    m.entryRemoved());
        }
    }

    /** A file of unknown material. */
    record UnknownView(String report, int file, String pdq, Instant foundAt) {
    }

    @Operation(summary = "The banks, with their entries' counts")
    @GetMapping
    @Transactional
    List<BankView> banks() {
        audit.record(AuditRecord.of(CommonAction.VIEW, "HashBankList", "all"));
        Map<BankId, Banks.EntryCounts> counts = banks.counts();
        return banks.all().stream().map(b -> BankView.of(b, counts.getOrDefault(b.id(), Banks.EntryCounts.NONE))).toList();
    }

    @Operation(summary = "Import a hash list sent as the request body",
            description = "format: VICS_JSON, CSV or PDQ. Answered 202 at once with the import's address; the import "
                    + "runs in the background.")
    @PostMapping("/{id}/imports")
    ResponseEntity<ImportView> importList(@PathVariable UUID id, @RequestParam(defaultValue = "") String format,
                                          @RequestParam(defaultValue = "upload") String name, HttpServletRequest request)
            throws IOException {
        Bank bank = banks.byId(new BankId(id)).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no such bank."));
        ImportFormat chosen = Arrays.stream(ImportFormat.values()).filter(f -> f.name().equals(format)).findFirst()
                .orElseThrow(() -> problem(HttpStatus.BAD_REQUEST, "format is VICS_JSON, CSV or PDQ."));
        if (bank.retired()) {
            throw problem(HttpStatus.CONFLICT, "A retired bank takes no imports.");
        }
        long importId;
        try (InputStream body = request.getInputStream()) {
            importId = importer.queue(bank.id(), name.strip().isEmpty() ? "upload" : name.strip(), chosen, body,
                    access.require().username());
        }
        return ResponseEntity.accepted().location(URI.create(StaffApi.PREFIX + "/banks/" + id + "/imports/" + importId))
                .body(ImportView.of(imports.byId(importId).orElseThrow(), List.of()));
    }

    @Operation(summary = "An import's progress and its first bad lines")
    @GetMapping("/{id}/imports/{importId}")
    ImportView importProgress(@PathVariable UUID id, @PathVariable long importId) {
        HashImport found = imports.byId(importId).filter(i -> i.bank().value().equals(id))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no such import of this bank."));
        return ImportView.of(found, imports.errors(importId, SHOWN));
    }

    @Operation(summary = "The latest matches of reports' files")
    @GetMapping("/matches")
    @Transactional
    List<MatchView> latestMatches() {
        audit.record(AuditRecord.of(CommonAction.VIEW, "MaterialMatchList", "latest"));
        return matches.latest(SHOWN).stream().map(MatchView::of).toList();
    }

    @Operation(summary = "Unknown material waiting for a look: report, file position, PDQ hash")
    @GetMapping("/unknown")
    @Transactional
    List<UnknownView> unknown() {
        audit.record(AuditRecord.of(CommonAction.VIEW, "UnknownMaterialList", "waiting"));
        return matches.waiting(SHOWN).stream().map(u -> new UnknownView(u.report().toString(), u.file(), u.pdq(), u.foundAt()))
                .toList();
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
