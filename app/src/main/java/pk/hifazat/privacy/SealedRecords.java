package pk.hifazat.privacy;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A module's rows that hold sealed personal data, so that a key rotation can re-seal all of them
 * without the privacy module reading another module's tables. Each module that seals with
 * {@link PersonalData} declares one bean per table; rotation walks them in id order, a batch at a
 * time, while the application runs.
 */
public interface SealedRecords {

    /** What these rows are, for the rotation's progress ("cases: persons"). */
    String name();

    /** How many rows hold sealed data, for the progress bar; an estimate is fine. */
    long count();

    /**
     * How many rows hold a field sealed with another key than the one with this fingerprint (bytes
     * 2 to 5 of the sealed bytes, {@code substring(column from 2 for 4)} in SQL): zero once a
     * rotation has re-sealed them all. Empty where the module cannot tell, which the key page shows
     * as unknown; {@link SealedColumns} counts exactly.
     */
    default OptionalLong countUnderOtherKeys(int fingerprint) {
        return OptionalLong.empty();
    }

    /**
     * Re-seals the sealed fields of up to {@code limit} rows whose id comes after {@code after}
     * (from the start when null), each in its own short transaction or one per batch, and answers
     * the last id it handled, or empty when no rows are left. A field already under the current key
     * is left as it is, so that a rotation that stopped half-way can simply run again.
     */
    Optional<UUID> resealAfter(UUID after, int limit, Resealing resealing);

    /** Opens a sealed field with whichever known key sealed it and seals it again with the current key. */
    @FunctionalInterface
    interface Resealing {
        /** Null stays null; bytes already under the current key come back unchanged. */
        byte[] reseal(byte[] sealed, UUID owner, String field);
    }
}
