package pk.hifazat.linking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import pk.hifazat.intake.ReportId;

/**
 * One identifier or file hash of a report and the other reports that share it.
 *
 * @param kind         the identifier's kind ({@code PHONE}, {@code EMAIL}, ...), the hash algorithm for a file,
 *                     or {@link #HANDLE} for a username found in another spelling or on another platform
 * @param value        the normal form of the identifier or the hash
 * @param platform     the platform of an account, null otherwise
 * @param otherReports the other reports that name it, newest first, as many as asked for
 * @param otherCount   how many other reports name it in all
 * @param seenAt       for an IP address, when this report says it was seen (empty when it does not say)
 */
public record SharedIdentifier(String kind, String value, String platform, LinkStrength strength,
                               List<ReportId> otherReports, int otherCount, List<Instant> seenAt) {

    /** The kind of a weak link between usernames that fold to the same handle on different platforms. */
    public static final String HANDLE = "HANDLE";

    public SharedIdentifier {
        Objects.requireNonNull(kind, "a kind");
        Objects.requireNonNull(value, "a value");
        Objects.requireNonNull(strength, "a strength");
        otherReports = List.copyOf(otherReports);
        seenAt = seenAt == null ? List.of() : List.copyOf(seenAt);
    }

    public SharedIdentifier(String kind, String value, String platform, LinkStrength strength,
                            List<ReportId> otherReports, int otherCount) {
        this(kind, value, platform, strength, otherReports, otherCount, List.of());
    }
}
