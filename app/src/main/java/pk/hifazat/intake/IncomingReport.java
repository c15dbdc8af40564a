package pk.hifazat.intake;

import java.time.Instant;
import java.util.List;

/**
 * A stored report as the modules after intake read it: its normalised content (every identifier in
 * its normal form), the identifiers and file hashes it names — its own and those its reporter added
 * later — and what was added. The reporter's own contact details are not part of it: they are for
 * the intake desk alone.
 *
 * @param organisation the reporting organisation, null for a public tip
 * @param externalId   the organisation's own id for the report, null for a public tip
 */
public record IncomingReport(ReportId id, ReportSource source, OrganisationId organisation, String externalId,
                             Instant receivedAt, ReportStatus status, ReportContent content,
                             List<ReportedIdentifier> identifiers, List<ReportedFile> files, List<Addition> additions) {

    public IncomingReport {
        identifiers = List.copyOf(identifiers);
        files = List.copyOf(files);
        additions = List.copyOf(additions);
    }

    /** What the reporter added with their receipt code, in the same shape as a report. */
    public record Addition(AdditionId id, Instant addedAt, ReportContent content) {
    }
}
