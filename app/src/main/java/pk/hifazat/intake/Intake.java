package pk.hifazat.intake;

import java.util.Optional;

/**
 * Taking reports in from the public, and what a reporter may do later with the receipt code.
 * Industry reports come in through the API, which stores them the same way.
 */
public interface Intake {

    /**
     * Stores a tip from the public web form, in one transaction, and publishes {@link ReportsReceived}.
     * Files arrive as hashes already computed; contact details are optional.
     *
     * @throws InvalidReportException naming every field that is wrong; nothing is stored then
     */
    Receipt submitTip(ReportContent tip, ReporterContact contact);

    /**
     * What {@link #submitTip} would refuse in this tip, without storing anything, so that a form can
     * show every problem at once, together with its own.
     */
    java.util.List<Violation> problemsIn(ReportContent tip, ReporterContact contact);

    /** The coarse status of the report with this receipt, if there is one. */
    Optional<PublicStatus> status(ReceiptCode code);

    /**
     * Adds what the reporter learned later to their report; publishes {@link ReportInformationAdded}.
     *
     * @return the addition's id, or empty when no report has this receipt
     * @throws InvalidReportException naming every field that is wrong; nothing is stored then
     */
    Optional<AdditionId> addInformation(ReceiptCode code, ReportContent addition, ReporterContact contact);

    /** Moves a report to another status (triage and the intake desk do this). */
    void changeStatus(ReportId report, ReportStatus status);
}
