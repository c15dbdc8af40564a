package pk.hifazat.networks.internal;

import java.util.List;

import pk.hifazat.intake.IncomingReport;
import pk.hifazat.linking.SharedIdentifier;

/** A report and the identifiers linking found in it, with their strength. */
record ProjectedReport(IncomingReport report, List<SharedIdentifier> identifiers) {
}
