package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import pk.hifazat.intake.ReportId;

/**
 * One page of the incoming list and where the next one starts. Keyset pagination: the next page
 * is "older than the last row shown", which costs the same on page 1 and page 10,000 and never
 * skips or repeats a report when new ones arrive meanwhile (an offset would).
 */
public record ReportPage(List<ReportSummary> reports, Optional<Cursor> next) {

    /** The position after a row: its time of arrival and, for rows of the same instant, its id. */
    public record Cursor(Instant receivedAt, ReportId id) {

        public static Optional<Cursor> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            int separator = text.lastIndexOf('_');
            try {
                return Optional.of(new Cursor(Instant.parse(text.substring(0, separator)),
                        ReportId.of(text.substring(separator + 1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return receivedAt + "_" + id;
        }
    }
}
