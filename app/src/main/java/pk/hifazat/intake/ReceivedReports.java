package pk.hifazat.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pk.hifazat.identifiers.Identifier;

/**
 * Reading stored reports: the read side of intake for the modules that follow it (triage, known
 * material, cases, networks). Nothing here checks a user's jurisdiction — callers that show a report
 * to a person check it with {@code Access} first — and nothing is audited: the caller audits what it
 * shows.
 */
public interface ReceivedReports {

    /** The most ids {@link #byIds} reads in one call: a bulk batch. */
    int MAX_BATCH = 1_000;

    Optional<IncomingReport> byId(ReportId id);

    /**
     * Several reports at once, for listeners of {@link ReportsReceived} working at bulk rate: four
     * queries whatever the count. In the order asked; unknown ids are left out.
     *
     * @throws IllegalArgumentException for more than {@link #MAX_BATCH} ids
     */
    List<IncomingReport> byIds(Collection<ReportId> ids);

    /**
     * The reports that name this identifier (same kind, normal value and platform), newest first,
     * at most {@code limit} — on the identifier index, so it stays fast with millions of reports.
     */
    List<ReportId> naming(Identifier identifier, int limit);

    /** The receipt codes of these reports, as their reporters know them; unknown ids are left out. */
    Map<ReportId, ReceiptCode> receipts(Collection<ReportId> ids);

    /** The report a receipt code belongs to, as partners and the public quote it. */
    Optional<ReportId> withReceipt(ReceiptCode code);
}
