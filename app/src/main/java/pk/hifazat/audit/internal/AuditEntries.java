package pk.hifazat.audit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.audit.AuditEntry;

/** Searches the chain for the auditor, newest first, a page at a time by sequence number. */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Entries matching every filter, older than {@code search.before()}; a receipt's report is found by
     * {@code receiptRecord}, the id its entries carry.
     */
    List<AuditEntry> find(AuditSearch search, String receiptRecord, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        condition(where, params, search.actor(), "actor = ?", search.actor());
        condition(where, params, search.action(), "action = ?", search.action());
        if (!search.record().isEmpty()) {
            where.add("(target_id = ? OR target_type = ?)");
            params.add(search.record());
            params.add(search.record());
        }
        condition(where, params, receiptRecord, "target_id = ?", receiptRecord);
        search.fromInstant().ifPresent(at -> {
            where.add("at >= ?");
            params.add(Timestamp.from(at));
        });
        search.untilInstant().ifPresent(at -> {
            where.add("at < ?");
            params.add(Timestamp.from(at));
        });
        if (search.before() != null) {
            where.add("seq < ?");
            params.add(search.before());
        }
        params.add(limit);
        return jdbc.sql("SELECT " + HashChainedAuditLog.COLUMNS + " FROM audit_entry"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY seq DESC LIMIT ?")
                .params(params).query(HashChainedAuditLog::entry).list();
    }

    private static void condition(List<String> where, List<Object> params, String filter, String sql, Object value) {
        if (filter != null && !filter.isEmpty()) {
            where.add(sql);
            params.add(value);
        }
    }
}
