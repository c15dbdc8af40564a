package pk.hifazat.intake.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.intake.internal.IntakeAction;
import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.Violation;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.PendingReport;
import pk.hifazat.intake.internal.Reception;
import pk.hifazat.intake.internal.ReportJson;
import pk.hifazat.intake.internal.ReportWriter;

/**
 * Imports a bulk NDJSON file as it streams in, answering line by line as it goes.
 *
 * <p>Invariant: a line is answered "accepted" only after the transaction that stored it has
 * committed (and the server has fsync'ed it), so a crash never loses an acknowledged report;
 * lines are answered in the order they came. Trade-off: lines are stored in batches (1,000 by
 * default) to pay for one commit per batch rather than per line, so answers come a batch at a
 * time; a batch is also committed early when the client pauses, so that a slow sender is not
 * kept waiting. Memory is one line being read plus one batch, whatever the file's size.
 *
 * <p>A line that is not valid is answered "rejected" with its errors and does not stop the rest.
 * Should the database refuse a batch's data, its lines are stored one by one so that only the
 * line at fault is rejected; any other database failure ends the import without the summary
 * line, and the client sends the file again (lines already stored answer as duplicates). The audit log gets one entry per batch, not per line: appends are
 * serialised and a million entries would be a million waits.
 */
@Component
class BulkImporter {

    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);
    private static final long PAUSE_FLUSH_NANOS = 200_000_000L;

    private final Reception reception;
    private final ReportWriter writer;
    private final ReportJson json;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final int lineLimit;

    BulkImporter(Reception reception, ReportWriter writer, ReportJson json, AuditLog audit,
                 TransactionTemplate transactions, IntakeProperties properties) {
        this.reception = reception;
        this.writer = writer;
        this.json = json;
        this.audit = audit;
        this.transactions = transactions;
        this.batchSize = properties.bulkBatchSize();
        this.lineLimit = (int) properties.maxReportSize().toBytes();
    }

    void importFile(ApiClient client, InputStream in, OutputStream out) throws IOException {
        new Run(client, out).read(new NdjsonLines(in, lineLimit));
    }

    /** One file's import: the batch being filled and the totals so far. */
    private final class Run {

        private final ApiClient client;
        private final OutputStream out;
        private final List<PendingReport> reports = new ArrayList<>();
        private final List<Slot> slots = new ArrayList<>();
        private long batchStarted;
        private long lines;
        private long accepted;
        private long duplicates;
        private long rejected;

        /** A line waiting for its answer: its report's place in the batch, or its rejection. */
        private record Slot(long line, int report, List<Violation> rejection) {
        }

        Run(ApiClient client, OutputStream out) {
            this.client = client;
            this.out = out;
        }

        void read(NdjsonLines input) throws IOException {
            while (true) {
                if (!slots.isEmpty() && System.nanoTime() - batchStarted > PAUSE_FLUSH_NANOS && input.wouldBlock()) {
                    flush();
                }
                if (!input.next()) {
                    break;
                }
                lines = input.number();
                if (input.isBlank()) {
                    continue;
                }
                if (slots.isEmpty()) {
                    batchStarted = System.nanoTime();
                }
                take(input);
                if (reports.size() >= batchSize || slots.size() >= 2 * batchSize) {
                    flush();
                }
            }
            flush();
            out.write(json.write(new BulkSummary(new BulkSummary.Totals(lines, accepted, duplicates, rejected)))
                    .getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
        }

        private void take(NdjsonLines input) {
            long line = input.number();
            if (input.tooLong()) {
                slots.add(new Slot(line, -1, List.of(new Violation("", "tooLarge",
                        "the line is longer than " + lineLimit + " bytes"))));
                return;
            }
            try {
                var content = json.read(input.bytes(), 0, input.length());
                String raw = new String(input.bytes(), 0, input.length(), StandardCharsets.UTF_8);
                reports.add(reception.industryReport(content, raw, client));
                slots.add(new Slot(line, reports.size() - 1, null));
            } catch (InvalidReportException e) {
                slots.add(new Slot(line, -1, e.violations()));
            }
        }

        private void flush() throws IOException {
            List<Receipt> receipts = reports.isEmpty() ? List.of() : store();
            for (Slot slot : slots) {
                LineResult result;
                Receipt receipt = slot.report() >= 0 ? receipts.get(slot.report()) : null;
                if (receipt != null) {
                    result = LineResult.accepted(slot.line(), receipt, reports.get(slot.report()).externalId());
                    if (receipt.duplicate()) {
                        duplicates++;
                    } else {
                        accepted++;
                    }
                } else {
                    result = LineResult.rejected(slot.line(), slot.rejection() != null ? slot.rejection()
                            : List.of(new Violation("", "storage", "the report could not be stored")));
                    rejected++;
                }
                out.write(json.write(result).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            reports.clear();
            slots.clear();
        }

        /** Stores the batch in one transaction; returns a receipt per report, or null for one that could not be stored. */
        private List<Receipt> store() {
            try {
                return transactions.execute(status -> {
                    List<Receipt> receipts = writer.write(reports);
                    auditBatch(receipts);
                    return receipts;
                });
            } catch (DataIntegrityViolationException e) {
                log.warn("A bulk batch of {} reports was refused by the database ({}); storing its lines one by one",
                        reports.size(), e.getClass().getSimpleName());
                return storeOneByOne();
            }
        }

        private List<Receipt> storeOneByOne() {
            List<Receipt> receipts = new ArrayList<>(reports.size());
            for (PendingReport report : reports) {
                try {
                    receipts.add(transactions.execute(status -> {
                        List<Receipt> one = writer.write(List.of(report));
                        auditBatch(one);
                        return one.getFirst();
                    }));
                } catch (DataIntegrityViolationException e) {
                    receipts.add(null);
                }
            }
            return receipts;
        }

        private void auditBatch(List<Receipt> receipts) {
            long fresh = receipts.stream().filter(r -> !r.duplicate()).count();
            audit.record(new AuditRecord(client.actor(), IntakeAction.IMPORT, "ReportingOrganisation",
                    client.organisation().toString(), null,
                    "bulk batch: " + fresh + " new reports, " + (receipts.size() - fresh) + " duplicates"));
        }
    }
}
