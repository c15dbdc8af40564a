package pk.hifazat.intake.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.database.Precedence;
import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.Violation;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.IntakeAction;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.PendingReport;
import pk.hifazat.intake.internal.Reception;
import pk.hifazat.intake.internal.ReportBatches;
import pk.hifazat.intake.internal.ReportJson;
import pk.hifazat.intake.internal.UnstorableReportException;

/**
 * Imports a bulk NDJSON file as it streams in, answering line by line as it goes.
 *
 * <p>Invariant: a line is answered "accepted" only after the transaction that stored it has
 * committed (and the server has fsync'ed it), so a crash never loses an acknowledged report;
 * lines are answered in the order they came. Trade-off: lines are stored in batches (1,000 by
 * default) to pay for one commit per batch rather than per line, so answers come a batch at a
 * time; a batch is also committed early when the client pauses, so that a slow sender is not
 * kept waiting.
 *
 * <p>Memory: an import holds one line being read and one batch, and a batch is cut by bytes
 * ({@code hifazat.intake.batch-bytes}) as well as by lines, so a file of large reports costs no
 * more than one of small ones. At most {@code hifazat.intake.max-concurrent-imports} run at once;
 * another is refused before it reads anything ({@link TooManyImportsException}).
 *
 * <p>A line that is not valid is answered "rejected" with its errors and does not stop the rest.
 * Should the database refuse a batch, its lines are stored one by one ({@link ReportBatches}) so
 * that only a line the database cannot take is rejected, as {@code unstorable-report}; should the
 * database be unreachable or busy, the import ends without the summary line, and the client sends
 * the file again (lines already stored answer as duplicates). The audit log gets one entry per
 * batch, not per line: appends are serialised and a million entries would be a million waits.
 */
@Component
class BulkImporter {

    private static final long PAUSE_FLUSH_NANOS = 200_000_000L;

    /** Where the answer is written, opened only once the import is let in. */
    @FunctionalInterface
    interface Answer {
        OutputStream open() throws IOException;
    }

    private final Reception reception;
    private final ReportBatches batches;
    private final ReportJson json;
    private final AuditLog audit;
    private final int batchSize;
    private final long batchBytes;
    private final int lineLimit;
    private final Semaphore imports;
    private final Precedence precedence;

    BulkImporter(Reception reception, ReportBatches batches, ReportJson json, AuditLog audit,
                 IntakeProperties properties, Precedence precedence) {
        this.precedence = precedence;
        this.reception = reception;
        this.batches = batches;
        this.json = json;
        this.audit = audit;
        this.batchSize = properties.bulkBatchSize();
        this.batchBytes = properties.batchBytes().toBytes();
        this.lineLimit = (int) properties.maxReportSize().toBytes();
        this.imports = new Semaphore(properties.maxConcurrentImports());
    }

    /** @throws TooManyImportsException when as many imports as allowed are running; nothing was read */
    void importFile(ApiClient client, InputStream in, Answer answer) throws IOException {
        if (!imports.tryAcquire()) {
            throw new TooManyImportsException();
        }
        try (var urgent = precedence.urgent()) {
            new Run(client, answer.open()).read(new NdjsonLines(in, lineLimit));
        } finally {
            imports.release();
        }
    }

    /** One file's import: the batch being filled and the totals so far. */
    private final class Run {

        private final ApiClient client;
        private final OutputStream out;
        private final List<PendingReport> reports = new ArrayList<>();
        private final List<Slot> slots = new ArrayList<>();
        private long reportBytes;
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
                if (reports.size() >= batchSize || reportBytes >= batchBytes || slots.size() >= 2 * batchSize) {
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
                reportBytes += input.length();
                slots.add(new Slot(line, reports.size() - 1, null));
            } catch (InvalidReportException e) {
                slots.add(new Slot(line, -1, e.violations()));
            }
        }

        private void flush() throws IOException {
            List<ReportBatches.Outcome> outcomes = reports.isEmpty() ? List.of() : batches.store(reports, this::auditBatch);
            for (ReportBatches.Outcome outcome : outcomes) {
                if (outcome.failure() != null && !(outcome.failure() instanceof UnstorableReportException)) {
                    throw outcome.failure();
                }
            }
            for (Slot slot : slots) {
                out.write(json.write(answer(slot, slot.report() >= 0 ? outcomes.get(slot.report()) : null))
                        .getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            reports.clear();
            slots.clear();
            reportBytes = 0;
        }

        private LineResult answer(Slot slot, ReportBatches.Outcome outcome) {
            if (outcome == null) {
                rejected++;
                return LineResult.rejected(slot.line(), slot.rejection());
            }
            if (outcome.receipt() == null) {
                rejected++;
                return LineResult.rejected(slot.line(), List.of(new Violation("", Problems.UNSTORABLE_CODE,
                        "the database refused this report as it is; nothing was stored, and sending it again will not help")));
            }
            Receipt receipt = outcome.receipt();
            if (receipt.duplicate()) {
                duplicates++;
            } else {
                accepted++;
            }
            return LineResult.accepted(slot.line(), receipt, reports.get(slot.report()).externalId());
        }

        private void auditBatch(List<Receipt> receipts) {
            long fresh = receipts.stream().filter(r -> !r.duplicate()).count();
            audit.record(new AuditRecord(client.actor(), IntakeAction.IMPORT, "ReportingOrganisation",
                    client.organisation().toString(), null,
                    "bulk batch: " + fresh + " new reports, " + (receipts.size() - fresh) + " duplicates"));
        }
    }
}
