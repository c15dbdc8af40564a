package pk.hifazat.intake.internal.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.GroupCommit;
import pk.hifazat.intake.internal.PendingReport;
import pk.hifazat.intake.internal.Reception;
import pk.hifazat.intake.internal.ReportJson;
import pk.hifazat.intake.internal.ReportWriter;
import pk.hifazat.intake.internal.StorageFailures;

/**
 * One report through the API: checked before any transaction opens (an invalid report touches
 * nothing), then stored. Without an Idempotency-Key it joins the reports arriving at the same
 * moment in one {@link GroupCommit}; with one, it is stored together with the answer under its
 * key in a transaction of its own, so that the key and the report exist both or neither. Either way
 * a report the database refuses fails alone, as an {@link pk.hifazat.intake.internal.UnstorableReportException}.
 *
 * <p>A single report gets no audit entry of its own: appends to the audit chain are serialised,
 * and one per report would make every client wait for every other. The report row itself records
 * who sent it (organisation and API key) and when; bulk imports add one audit entry per batch.
 */
@Service
class SingleReports {

    /** What to answer: the HTTP status and body, and whether it is a stored answer given again. */
    record Answer(int status, String body, boolean replayed, String receipt) {
    }

    private final Reception reception;
    private final ReportWriter writer;
    private final GroupCommit groupCommit;
    private final ReportJson json;
    private final IdempotencyKeys idempotencyKeys;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SingleReports(Reception reception, ReportWriter writer, GroupCommit groupCommit, ReportJson json,
                  IdempotencyKeys idempotencyKeys, TransactionTemplate transactions, Clock clock) {
        this.reception = reception;
        this.writer = writer;
        this.groupCommit = groupCommit;
        this.json = json;
        this.idempotencyKeys = idempotencyKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    Answer submit(ApiClient client, byte[] body, String idempotencyKey) {
        if (idempotencyKey == null) {
            PendingReport report = accept(client, body);
            return answer(groupCommit.store(report), report);
        }
        byte[] requestHash = sha256(body);
        Optional<Answer> earlier = earlierAnswer(client, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PendingReport report = accept(client, body);
        try {
            return transactions.execute(status -> {
                if (!idempotencyKeys.claim(client.organisation(), idempotencyKey, requestHash, clock.instant())) {
                    return earlierAnswer(client, idempotencyKey, requestHash)
                            .orElseThrow(() -> new IllegalStateException("An Idempotency-Key was claimed without an answer"));
                }
                Answer answer = answer(writer.write(List.of(report)).getFirst(), report);
                idempotencyKeys.answer(client.organisation(), idempotencyKey, answer.status(), answer.body());
                return answer;
            });
        } catch (DataAccessException | TransactionException failure) {
            throw StorageFailures.ofOneReport(failure);
        }
    }

    private PendingReport accept(ApiClient client, byte[] body) {
        ReportContent content = json.read(body, 0, body.length);
        return reception.industryReport(content, new String(body, StandardCharsets.UTF_8), client);
    }

    private Answer answer(Receipt receipt, PendingReport report) {
        return new Answer(receipt.duplicate() ? HttpStatus.OK.value() : HttpStatus.CREATED.value(),
                json.write(ReportAnswer.of(receipt, report.externalId())), false, receipt.code().value());
    }

    private Optional<Answer> earlierAnswer(ApiClient client, String key, byte[] requestHash) {
        return idempotencyKeys.find(client.organisation(), key).map(stored -> {
            if (!stored.answers(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return new Answer(stored.status(), stored.response(), true, null);
        });
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
