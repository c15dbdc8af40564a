package pk.hifazat.media.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.media.BankId;

/**
 * The changes the in-memory PDQ index follows, numbered in commit order. Numbers from a sequence
 * are handed out in the order transactions ask, not the order they commit: a reader that saw 12
 * could miss an 11 still being committed. So each writer takes a transaction-scoped advisory lock
 * just before appending, as the last thing it does, and holds it until it commits — a later number
 * is then never visible before an earlier one, and a reader may simply ask for what follows the last
 * number it applied.
 */
@Repository
class ChangeLog {

    /** The advisory lock's key: "media" in ASCII, so that no other module's lock collides with it. */
    private static final long LOCK = 0x6d65646961L;

    enum Kind { ADDED, REMOVED, BANK }

    /** One change; for ADDED the import and the range of its entry ids, for REMOVED the entry (from = to). */
    record Change(long seq, Kind kind, BankId bank, Long importId, Long from, Long to) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void entriesAdded(BankId bank, long importId, long from, long to) {
        append(Kind.ADDED, bank, importId, from, to);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void entryRemoved(BankId bank, long entry) {
        append(Kind.REMOVED, bank, null, entry, entry);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void bankChanged(BankId bank) {
        append(Kind.BANK, bank, null, null, null);
    }

    List<Change> since(long seq, int limit) {
        return jdbc.sql("SELECT seq, kind, bank_id, import_id, entry_from, entry_to FROM media_change WHERE seq > ? "
                        + "ORDER BY seq LIMIT ?")
                .params(seq, limit)
                .query((rs, n) -> new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)),
                        new BankId(rs.getObject(3, UUID.class)), rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class)))
                .list();
    }

    long latest() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM media_change").query(Long.class).single();
    }

    private void append(Kind kind, BankId bank, Long importId, Long from, Long to) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 0).list();
        jdbc.sql("INSERT INTO media_change (kind, bank_id, import_id, entry_from, entry_to) VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), bank.value(), importId, from, to).update();
    }
}
