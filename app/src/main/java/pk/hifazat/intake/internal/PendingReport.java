package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;

/**
 * A checked, normalised report with its id and receipt chosen, ready to be inserted. Its payloads
 * are already written and sealed ({@link SealedFields}) so that the insert only moves bytes.
 *
 * @param organisation null for a public tip
 * @param apiKey       the key that sent an industry report; null for a public tip
 * @param personCount  reported persons, for the incoming list
 */
public record PendingReport(ReportId id, ReceiptCode receipt, ReportSource source, UUID organisation, UUID apiKey,
                            String externalId, Instant receivedAt, IncidentType incidentType, Instant incidentAt,
                            SealedFields sealed, int personCount, List<ReportIdentifier> identifiers, List<MediaFile> files,
                            DeskMarks marks) {

    /** About the report's size as received (its sealed payload), which is what a batch is cut by. */
    public long receivedBytes() {
        return sealed.raw().length;
    }

    PendingReport withReceipt(ReceiptCode other) {
        return new PendingReport(id, other, source, organisation, apiKey, externalId, receivedAt, incidentType, incidentAt,
                sealed, personCount, identifiers, files, marks);
    }
}
