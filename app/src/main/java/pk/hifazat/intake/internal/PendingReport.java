package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.ReportedIdentifier;

/**
 * A checked, normalised report with its id and receipt chosen, ready to be inserted. Its payloads
 * are already written and sealed ({@link SealedFields}) so that the insert only moves bytes.
 *
 * @param organisation null for a public tip
 * @param apiKey       the key that sent an industry report; null for a public tip
 * @param personCount  reported persons, for the incoming list
 * @param content      the normalised content, as its sealed payload holds it: what readers get once it is stored
 */
public record PendingReport(ReportId id, ReceiptCode receipt, ReportSource source, UUID organisation, UUID apiKey,
                            String externalId, Instant receivedAt, IncidentType incidentType, Instant incidentAt,
                            SealedFields sealed, int personCount, List<ReportIdentifier> identifiers, List<MediaFile> files,
                            DeskMarks marks, ReportContent content) {

    /** About the report's size as received (its sealed payload), which is what a batch is cut by. */
    public long receivedBytes() {
        return sealed.raw().length;
    }

    PendingReport withReceipt(ReceiptCode other) {
        return new PendingReport(id, other, source, organisation, apiKey, externalId, receivedAt, incidentType, incidentAt,
                sealed, personCount, identifiers, files, marks, content);
    }

    /**
     * The report as {@link IncomingReports} reads it once stored: received, nothing added yet, its
     * identifiers and files in the order they are numbered. {@code KeptReportsTest} holds the two equal.
     */
    IncomingReport asStored() {
        return new IncomingReport(id, source, OrganisationId.ofNullable(organisation), externalId, receivedAt,
                ReportStatus.RECEIVED, content,
                identifiers.stream().map(i -> new ReportedIdentifier(i.identifier(), i.role(), null)).toList(),
                files.stream().map(PendingReport::asStored).toList(), List.of());
    }

    private static ReportedFile asStored(MediaFile file) {
        return new ReportedFile(FileHashes.of(file.md5(), file.sha1(), file.sha256(), file.pdq()), file.viewedByPlatform(),
                file.publiclyAvailable(), file.classification(), null, file.pdqQuality(),
                PdqVariants.hashes(PdqVariants.column(file.pdqVariants())));
    }
}
