package pk.hifazat.linking.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import pk.hifazat.linking.SharedIdentifier;

/**
 * Something a report names that may link it to another: an identifier in its normal form, a file
 * hash, or a username's case-folded handle. A class rather than a record so that its digest, asked
 * for many times while a batch is linked, is computed once.
 */
final class LinkKey {

    /** A username folded to lower case without its platform: the same handle elsewhere. */
    static final String HANDLE = SharedIdentifier.HANDLE;

    private final String kind;
    private final String value;
    private final String platform;
    private final String handle;
    private final boolean strong;
    private final List<Instant> times;
    private final UUID digest;

    /**
     * @param kind   an identifier kind, a hash algorithm, or {@link #HANDLE}
     * @param handle for a username, its case-folded handle (the value of its {@link #HANDLE} key)
     * @param strong whether sharing it merges clusters (see {@link KeyRules})
     * @param times  when an IP address was seen, where the report says
     */
    LinkKey(String kind, String value, String platform, String handle, boolean strong, List<Instant> times) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
        this.platform = platform;
        this.handle = handle;
        this.strong = strong;
        this.times = times == null ? List.of() : List.copyOf(times);
        this.digest = UUID.nameUUIDFromBytes((kind + '\u001f' + (platform == null ? "" : platform) + '\u001f' + value)
                .getBytes(StandardCharsets.UTF_8));
    }

    String kind() {
        return kind;
    }

    String value() {
        return value;
    }

    String platform() {
        return platform;
    }

    String handle() {
        return handle;
    }

    boolean strong() {
        return strong;
    }

    List<Instant> times() {
        return times;
    }

    /** What is looked up: a fixed 16 bytes whatever the value's length (an MD5 name-based UUID). */
    UUID digest() {
        return digest;
    }

    boolean isHandle() {
        return HANDLE.equals(kind);
    }
}
