package pk.hifazat.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.intake.Receipt;

/**
 * Stores reports in batches that no one report can break, for the group commit of single reports
 * and for the bulk import. A batch is one transaction; should the database refuse it for any reason
 * but being unreachable, each of its reports is stored again in a transaction of its own, so that a
 * report the database cannot take fails alone and the others are stored.
 *
 * <p>Each stored report is announced once: a batch whose transaction failed announced nothing
 * (its insert is what failed, before the announcement), and each report stored alone is announced
 * in its own {@code ReportsReceived}; a report that fails alone is not announced.
 */
@Component
public class ReportBatches {

    private static final Logger log = LoggerFactory.getLogger(ReportBatches.class);

    /**
     * One report's outcome: its receipt, or why it was not stored ({@link UnstorableReportException},
     * or {@link IntakeUnavailableException} when the database was busy).
     */
    public record Outcome(Receipt receipt, RuntimeException failure) {
    }

    private final ReportWriter writer;
    private final TransactionTemplate transactions;

    ReportBatches(ReportWriter writer, TransactionTemplate transactions) {
        this.writer = writer;
        this.transactions = transactions;
    }

    /**
     * Stores the reports, and hands their receipts to {@code alsoInTheTransaction} (an audit entry)
     * in the transaction that stores them: once for the batch, or once for each report stored alone.
     *
     * @return an outcome for each report, in the same order
     * @throws IntakeUnavailableException when the database cannot be reached; nothing was stored
     */
    public List<Outcome> store(List<PendingReport> reports, Consumer<List<Receipt>> alsoInTheTransaction) {
        try {
            List<Receipt> receipts = inOneTransaction(reports, alsoInTheTransaction);
            return receipts.stream().map(receipt -> new Outcome(receipt, null)).toList();
        } catch (RuntimeException failure) {
            if (StorageFailures.isUnreachable(failure)) {
                throw StorageFailures.ofOneReport(failure);
            }
            if (reports.size() == 1) {
                return List.of(new Outcome(null, refused(failure)));
            }
            log.warn("A batch of {} reports was refused by the database ({}); storing them one by one", reports.size(),
                    failure.getClass().getSimpleName());
            List<Outcome> outcomes = new ArrayList<>(reports.size());
            for (PendingReport report : reports) {
                try {
                    outcomes.add(new Outcome(inOneTransaction(List.of(report), alsoInTheTransaction).getFirst(), null));
                } catch (RuntimeException alone) {
                    outcomes.add(new Outcome(null, refused(alone)));
                }
            }
            return outcomes;
        }
    }

    private List<Receipt> inOneTransaction(List<PendingReport> reports, Consumer<List<Receipt>> alsoInTheTransaction) {
        return transactions.execute(status -> {
            List<Receipt> receipts = writer.write(reports);
            alsoInTheTransaction.accept(receipts);
            return receipts;
        });
    }

    private static RuntimeException refused(RuntimeException failure) {
        RuntimeException answer = StorageFailures.ofOneReport(failure);
        if (answer instanceof UnstorableReportException) {
            log.warn("A report was refused by the database ({}, SQLSTATE {}); it is answered as unstorable",
                    failure.getClass().getSimpleName(), StorageFailures.sqlState(failure));
        }
        return answer;
    }
}
