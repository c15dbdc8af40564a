package pk.hifazat.intake.internal.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.PendingReport;
import pk.hifazat.intake.internal.Reception;
import pk.hifazat.intake.internal.ReportJson;
import pk.hifazat.intake.internal.ReportWriter;

/**
 * One report through the API: checked before any transaction opens (an invalid report touches
 * nothing), then stored together with the answer under its Idempotency-Key, if it has one, in
 * one transaction, so that the key and the report exist both or neither.
 */
@Service
class SingleReports {

    /** What to answer: the HTTP status and body, and whether it is a stored answer given again. */
    record Answer(int status, String body, boolean replayed, String receipt) {
    }

    private final Reception reception;
    private final ReportWriter writer;
    private final ReportJson json;
    private final IdempotencyKeys idempotencyKeys;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SingleReports(Reception reception, ReportWriter writer, ReportJson json, IdempotencyKeys idempotencyKeys,
                  AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.reception = reception;
        this.writer = writer;
        this.json = json;
        this.idempotencyKeys = idempotencyKeys;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    Answer submit(ApiClient client, byte[] body, String idempotencyKey) {
        byte[] requestHash = idempotencyKey == null ? null : sha256(body);
        if (idempotencyKey != null) {
            Optional<Answer> earlier = earlierAnswer(client, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ReportContent content = json.read(body, 0, body.length);
        PendingReport report = reception.industryReport(content, new String(body, StandardCharsets.UTF_8),
                client.organisation());
        return transactions.execute(status -> {
            if (idempotencyKey != null && !idempotencyKeys.claim(client.organisation(), idempotencyKey, requestHash,
                    clock.instant())) {
                return earlierAnswer(client, idempotencyKey, requestHash)
                        .orElseThrow(() -> new IllegalStateException("An Idempotency-Key was claimed without an answer"));
            }
            Receipt receipt = writer.write(List.of(report)).getFirst();
            var answer = new Answer(receipt.duplicate() ? HttpStatus.OK.value() : HttpStatus.CREATED.value(),
                    json.write(ReportAnswer.of(receipt, report.externalId())), false, receipt.code().value());
            if (idempotencyKey != null) {
                idempotencyKeys.answer(client.organisation(), idempotencyKey, answer.status(), answer.body());
            }
            if (!receipt.duplicate()) {
                audit.record(new AuditRecord(client.actor(), "RECEIVE", "Report", receipt.report().toString(), null,
                        "organisation " + client.organisation()));
            }
            return answer;
        });
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
