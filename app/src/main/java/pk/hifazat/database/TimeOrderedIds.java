package pk.hifazat.database;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids made in Java before the insert (no round trip for a sequence), in the time-ordered layout of
 * UUID version 7 (RFC 9562): 48 bits of milliseconds, then random bits. New rows land at the end
 * of every index on the id instead of all over it, which keeps bulk inserts fast: reports' ids, and
 * new clusters', whose rows every linked batch adds to linking's and triage's indexes by cluster.
 * The random part need not be secret: receipt codes, not ids, are what a reporter must not be able
 * to guess.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
