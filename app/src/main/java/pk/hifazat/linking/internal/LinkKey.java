package pk.hifazat.linking.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import pk.hifazat.linking.SharedIdentifier;

/**
 * Something a report names that may link it to another: an identifier in its normal form, a file
 * hash, or a username's case-folded handle.
 *
 * @param kind     an identifier kind, a hash algorithm, or {@link #HANDLE}
 * @param handle   for a username, its case-folded handle (the value of its {@link #HANDLE} key)
 * @param strong   whether sharing it merges clusters (see {@link KeyRules})
 * @param times    when an IP address was seen, where the report says
 */
record LinkKey(String kind, String value, String platform, String handle, boolean strong, List<Instant> times) {

    /** A username folded to lower case without its platform: the same handle elsewhere. */
    static final String HANDLE = SharedIdentifier.HANDLE;

    LinkKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        times = times == null ? List.of() : List.copyOf(times);
    }

    /** What is looked up: a fixed 16 bytes whatever the value's length. */
    UUID digest() {
        return UUID.nameUUIDFromBytes((kind + '\u001f' + (platform == null ? "" : platform) + '\u001f' + value)
                .getBytes(StandardCharsets.UTF_8));
    }

    boolean isHandle() {
        return HANDLE.equals(kind);
    }
}
