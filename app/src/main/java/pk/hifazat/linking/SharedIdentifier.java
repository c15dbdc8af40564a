package pk.hifazat.linking;

import java.util.List;
import java.util.Objects;
import pk.hifazat.intake.ReportId;

/**
 * One identifier or file hash of a report and the other reports that share it.
 *
 * @param kind         the identifier's kind ({@code PHONE}, {@code EMAIL}, ...) or the hash algorithm for a file
 * @param value        the normal form of the identifier or the hash
 * @param platform     the platform of an account, null otherwise
 * @param otherReports the other reports that name it, newest first, as many as asked for
 * @param otherCount   how many other reports name it in all
 */
public record SharedIdentifier(String kind, String value, String platform, LinkStrength strength,
                               List<ReportId> otherReports, int otherCount) {

    public SharedIdentifier {
        Objects.requireNonNull(kind, "a kind");
        Objects.requireNonNull(value, "a value");
        Objects.requireNonNull(strength, "a strength");
        otherReports = List.copyOf(otherReports);
    }
}
