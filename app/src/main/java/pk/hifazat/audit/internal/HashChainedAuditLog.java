package pk.hifazat.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification;
import pk.hifazat.audit.Outcome;

/**
 * Appends under a row lock on the chain's head, which serialises appenders: each entry needs the
 * hash of the one before. The lock is held until the caller's transaction ends, the price of an
 * entry that commits or rolls back together with the work it records. Each link is keyed with the
 * {@link AuditKey}; verification also checks the chain against the checkpoints in the
 * {@link CheckpointFile}.
 */
@Service
class HashChainedAuditLog implements AuditLog {

    private final Counter appends;

    static final String COLUMNS = "seq, at, actor, action, target_type, target_id, outcome, detail, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;
    private final AuditKey key;
    private final CheckpointFile checkpoints;

    HashChainedAuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock, AuditKey key, CheckpointFile checkpoints,
                        MeterRegistry meters) {
        this.appends = Counter.builder("hifazat.audit.appends").description("Entries appended to the audit chain")
                .register(meters);
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.checkpoints = checkpoints;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(2_000);
        this.streaming = JdbcClient.create(template);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        append(List.of(record));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditRecord> records) {
        append(records);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditRecord record) {
        append(List.of(record));
    }

    /** Links the records to the head in order, each hash covering the one before, in one INSERT. */
    private void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        appends.increment(records.size());
        String signedIn = currentActor();
        Head head = head("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
        // PostgreSQL keeps microseconds: the hash must cover the time exactly as it is read back.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int n = records.size();
        long[] seq = new long[n];
        String[] actor = new String[n], action = new String[n], targetType = new String[n], targetId = new String[n],
                outcome = new String[n], detail = new String[n], prevHash = new String[n], hash = new String[n];
        String previous = head.hash();
        for (int i = 0; i < n; i++) {
            AuditRecord record = records.get(i);
            seq[i] = head.seq() + 1 + i;
            actor[i] = record.actor() != null ? record.actor() : signedIn;
            action[i] = record.action().code();
            targetType[i] = record.targetType();
            targetId[i] = record.targetId();
            outcome[i] = record.outcome().name();
            detail[i] = record.detail();
            prevHash[i] = previous;
            hash[i] = ChainHash.keyed(key, seq[i], at, actor[i], action[i], targetType[i], targetId[i], outcome[i],
                    detail[i], previous);
            previous = hash[i];
        }
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") SELECT e.seq, ?, e.actor, e.action, e.target_type, "
                        + "e.target_id, e.outcome, e.detail, e.prev_hash, e.hash FROM unnest(?::bigint[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS e(seq, actor, "
                        + "action, target_type, target_id, outcome, detail, prev_hash, hash)")
                .params(Timestamp.from(at), seq, actor, action, targetType, targetId, outcome, detail, prevHash, hash)
                .update();
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq[n - 1], previous).update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        return authentication instanceof AnonymousAuthenticationToken ? "anonymous" : authentication.getName();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit, String actor, String targetId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry"
                        + " WHERE (:actor = '' OR actor = :actor) AND (:target = '' OR target_id = :target)"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("actor", actor == null ? "" : actor.trim())
                .param("target", targetId == null ? "" : targetId.trim())
                .param("limit", limit)
                .query(HashChainedAuditLog::entry)
                .list();
    }

    /**
     * Reads the checkpoints before the entries, and the entries and the head in one snapshot: every
     * checkpoint then names an entry the snapshot holds, and an append meanwhile is not taken for a
     * missing entry.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        var exported = checkpoints.read();
        ChainWalk walk = new ChainWalk(key, keyedFrom(), exported);
        streaming.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")
                .query(rs -> {
                    if (!walk.isBroken()) {
                        walk.accept(entry(rs, 0));
                    }
                });
        if (walk.isBroken()) {
            return walk.result();
        }
        Head head = head("SELECT seq, hash FROM audit_head WHERE id = 1");
        return walk.endsAt(head.seq(), head.hash());
    }

    /** The chain's head now, signed for export; empty while the chain has no entry. */
    Optional<Checkpoint> checkpoint() {
        Head head = head("SELECT seq, hash FROM audit_head WHERE id = 1");
        if (head.seq() == 0) {
            return Optional.empty();
        }
        return Optional.of(Checkpoint.signed(key, clock.instant(), head.seq(), head.hash(), keyedFrom()));
    }

    /** The first entry written with the key: those before it were written before the key existed. */
    private long keyedFrom() {
        return jdbc.sql("SELECT keyed_from FROM audit_chain WHERE id = 1").query(Long.class).single();
    }

    private record Head(long seq, String hash) {
    }

    private Head head(String query) {
        return jdbc.sql(query).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Outcome.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9), rs.getString(10));
    }
}
