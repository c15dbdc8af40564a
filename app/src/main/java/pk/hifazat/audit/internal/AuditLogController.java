package pk.hifazat.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.audit.ReceiptRecords;
import pk.hifazat.audit.RecordNames;

/**
 * The auditor's view: who did what to which record; never the records' content. Looking at the log,
 * and exporting it, are themselves recorded in it.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
class AuditLogController {

    private static final int PAGE = 50;
    private static final int EXPORT_BATCH = 1_000;

    private final AuditLog auditLog;
    private final AuditEntries entries;
    private final List<RecordNames> names;
    private final List<ReceiptRecords> receipts;

    AuditLogController(AuditLog auditLog, AuditEntries entries, List<RecordNames> names, List<ReceiptRecords> receipts) {
        this.auditLog = auditLog;
        this.entries = entries;
        this.names = names;
        this.receipts = receipts;
    }

    @GetMapping
    String entries(AuditSearch search, Model model) {
        auditLog.recordIndependently(AuditRecord.of(CommonAction.VIEW, "AuditLog", "entries")
                .withDetail(search.inUse().keySet().toString()));
        return page(search, model);
    }

    @PostMapping("/verify")
    String verify(Model model) {
        var result = auditLog.verify();
        auditLog.record(AuditRecord.of(AuditLogAction.VERIFY, "AuditLog", "chain").withDetail(result.problem().name()));
        model.addAttribute("verification", result);
        return page(new AuditSearch(null, null, null, null, null, null, null), model);
    }

    /** Every entry the filters match, newest first, fetched a batch at a time by sequence number. */
    @GetMapping("/export")
    void export(AuditSearch search, HttpServletResponse response) throws IOException {
        auditLog.recordIndependently(AuditRecord.of(AuditLogAction.EXPORT, "AuditLog", "entries")
                .withDetail(search.inUse().keySet().toString()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        out.write("seq,at,actor,action,record_type,record_id,record_name,outcome,detail\n");
        var receiptRecord = receiptRecord(search);
        if (!search.datesAreValid() || receiptRecord.isEmpty()) {
            return;
        }
        var batch = entries.find(search, receiptRecord.get(), EXPORT_BATCH);
        while (!batch.isEmpty()) {
            var recordNames = namesOf(batch);
            for (AuditEntry e : batch) {
                out.write(String.join(",", List.of(String.valueOf(e.seq()), e.at().toString(), CsvField.of(e.actor()),
                        CsvField.of(e.action()), CsvField.of(e.targetType()), CsvField.of(e.targetId()),
                        CsvField.of(recordNames.getOrDefault(key(e), "")), e.outcome().name(), CsvField.of(e.detail()))));
                out.write('\n');
            }
            batch = batch.size() < EXPORT_BATCH ? List.of()
                    : entries.find(search.olderThan(batch.getLast().seq()), receiptRecord.get(), EXPORT_BATCH);
        }
    }

    private String page(AuditSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("filters", search.inUse());
        if (!search.datesAreValid()) {
            model.addAttribute("badDate", true);
            model.addAttribute("entries", List.of());
            return "audit/log";
        }
        var receiptRecord = receiptRecord(search);
        if (receiptRecord.isEmpty()) {
            model.addAttribute("unknownReceipt", true);
            model.addAttribute("entries", List.of());
            return "audit/log";
        }
        var found = entries.find(search, receiptRecord.get(), PAGE + 1);
        var shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
        model.addAttribute("entries", shown);
        model.addAttribute("names", namesOf(shown));
        if (found.size() > PAGE) {
            model.addAttribute("olderThan", shown.getLast().seq());
        }
        return "audit/log";
    }

    /** The record id a receipt stands for; "" when no receipt was given; empty when none has that code. */
    private Optional<String> receiptRecord(AuditSearch search) {
        if (search.receipt().isEmpty()) {
            return Optional.of("");
        }
        return receipts.stream().flatMap(r -> r.recordIdOf(search.receipt()).stream()).findFirst();
    }

    private Map<String, String> namesOf(List<AuditEntry> shown) {
        var found = new HashMap<String, String>();
        for (AuditEntry e : shown) {
            found.computeIfAbsent(key(e), k -> names.stream()
                    .flatMap(n -> n.nameOf(e.targetType(), e.targetId()).stream()).findFirst().orElse(""));
        }
        return found;
    }

    private static String key(AuditEntry e) {
        return e.targetType() + " " + e.targetId();
    }
}
