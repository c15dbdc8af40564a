package pk.hifazat.audit;

import java.util.List;

public interface AuditLog {

    /**
     * Appends an entry in the caller's transaction, so the entry is kept exactly when the work it
     * records is. Audit as late in a transaction as possible: appends are serialised.
     */
    void record(AuditRecord record);

    /**
     * Appends entries in the caller's transaction, in this order, as {@link #record} would one by
     * one: for a sweep that acts on many things at once, so that the chain's head is locked and
     * written once, not once per entry.
     */
    default void recordAll(List<AuditRecord> records) {
        records.forEach(this::record);
    }

    /** Appends an entry in a transaction of its own: for refusals, which roll the caller back. */
    void recordIndependently(AuditRecord record);

    /** The newest entries first, optionally only those of one actor or one target id. */
    List<AuditEntry> latest(int limit, String actor, String targetId);

    ChainVerification verify();
}
