package pk.hifazat.media.internal;

import java.nio.ByteBuffer;

import org.hifazat.pdq.PdqHash;

/** A PDQ hash as stored: its 32 bytes in the order of its hexadecimal form, most significant first. */
final class PdqBytes {

    private PdqBytes() {
    }

    static PdqHash hash(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        return PdqHash.of(b.getLong(24), b.getLong(16), b.getLong(8), b.getLong(0));
    }

    static byte[] bytes(PdqHash hash) {
        return ByteBuffer.allocate(32).putLong(hash.word(3)).putLong(hash.word(2)).putLong(hash.word(1))
                .putLong(hash.word(0)).array();
    }
}
