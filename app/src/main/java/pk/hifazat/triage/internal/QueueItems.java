package pk.hifazat.triage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.triage.Priority;
import pk.hifazat.triage.TriageQueues;
import pk.hifazat.units.UnitId;

/**
 * The queues: one item per cluster, in its unit's queue, most urgent first, then oldest. Pages are
 * read by keyset on the index {@code triage_queue}, so the thousandth page costs what the first does.
 */
@Repository
class QueueItems implements TriageQueues {

    static final String COLUMNS = """
            cluster_id, coalesce(district_override, district_code) AS district,
            CASE WHEN district_override IS NOT NULL THEN 'OVERRIDE' ELSE district_rule END AS rule, district_reports,
            queue_unit, priority, computed_priority, priority_override IS NOT NULL AS overridden, reasons, youngest_age,
            abroad_country, report_count, district_count, has_public, has_industry, first_received_at, queued_at, status,
            claimed_by, claimed_at, escalated_at, escalated_to, outcome, override_reason""";

    private final JdbcClient jdbc;

    QueueItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item of a cluster, following merges to the cluster that carries on. */
    Optional<QueueItem> of(UUID cluster) {
        UUID current = cluster;
        for (int hops = 0; hops < 20; hops++) {
            Optional<UUID> into = jdbc.sql("SELECT absorbed_into FROM triage_cluster WHERE cluster_id = ?")
                    .param(current).query(UUID.class).optional();
            if (into.isEmpty()) {
                break;
            }
            current = into.get();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_cluster WHERE cluster_id = ?")
                .param(current).query(QueueItems::item).optional();
    }

    List<QueueItem> page(UnitId unit, QueueFilter filter, Optional<QueueCursor> after, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM triage_cluster WHERE queue_unit = ? AND absorbed_into IS NULL");
        List<Object> params = new ArrayList<>(List.of(unit.value()));
        if (filter.status() == null) {
            sql.append(" AND status <> 'CLOSED'");
        } else {
            sql.append(" AND status = ?");
            params.add(filter.status().name());
        }
        if (filter.priority() != null) {
            sql.append(" AND priority = ?");
            params.add(filter.priority().level());
        }
        if (filter.source() != null) {
            sql.append(switch (filter.source()) {
                case PUBLIC -> " AND has_public";
                case INDUSTRY -> " AND has_industry";
            });
        }
        if (filter.withinDays() != null) {
            sql.append(" AND first_received_at > now() - make_interval(days => ?)");
            params.add(filter.withinDays());
        }
        if (filter.olderThanDays() != null) {
            sql.append(" AND first_received_at <= now() - make_interval(days => ?)");
            params.add(filter.olderThanDays());
        }
        after.ifPresent(cursor -> {
            sql.append(" AND (priority, first_received_at, cluster_id) > (?, ?, ?)");
            params.add(cursor.priority());
            params.add(Timestamp.from(cursor.firstReceivedAt()));
            params.add(cursor.cluster());
        });
        sql.append(" ORDER BY priority, first_received_at, cluster_id LIMIT ?");
        params.add(size);
        return jdbc.sql(sql.toString()).params(params).query(QueueItems::item).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Priority, Long> openCounts(UnitId unit) {
        Map<Priority, Long> counts = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            counts.put(p, 0L);
        }
        jdbc.sql("""
                SELECT priority, count(*) FROM triage_cluster
                WHERE queue_unit = ? AND absorbed_into IS NULL AND status <> 'CLOSED' GROUP BY priority""")
                .param(unit.value())
                .query((rs, n) -> counts.put(Priority.of(rs.getInt(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Items escalated to these units (a supervisor's zone), oldest escalation first. */
    List<QueueItem> escalatedTo(List<UUID> units, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_cluster WHERE status = 'ESCALATED' AND absorbed_into IS NULL "
                        + "AND escalated_to = ANY(?) ORDER BY escalated_at, cluster_id LIMIT ?")
                .params(units.toArray(UUID[]::new), limit).query(QueueItems::item).list();
    }

    /** Moves an item to a new status when it stands in one of {@code from}; false when it did not. */
    boolean move(UUID cluster, List<QueueStatus> from, String setClause, Object... params) {
        List<Object> all = new ArrayList<>(List.of(params));
        all.add(cluster);
        all.add(from.stream().map(Enum::name).toArray(String[]::new));
        return jdbc.sql("UPDATE triage_cluster SET " + setClause + " WHERE cluster_id = ? AND status = ANY(?)")
                .params(all).update() == 1;
    }

    static QueueItem item(ResultSet rs, int row) throws SQLException {
        return new QueueItem(rs.getObject("cluster_id", UUID.class), rs.getString("district"),
                DistrictRule.valueOf(rs.getString("rule")), rs.getInt("district_reports"),
                rs.getObject("queue_unit", UUID.class), Priority.of(rs.getInt("priority")),
                Priority.of(rs.getInt("computed_priority")), rs.getBoolean("overridden"),
                List.of((String[]) rs.getArray("reasons").getArray()), (Integer) rs.getObject("youngest_age"),
                rs.getString("abroad_country"), rs.getInt("report_count"), rs.getInt("district_count"),
                rs.getBoolean("has_public"), rs.getBoolean("has_industry"), instant(rs, "first_received_at"),
                instant(rs, "queued_at"), QueueStatus.valueOf(rs.getString("status")), rs.getString("claimed_by"),
                instant(rs, "claimed_at"), instant(rs, "escalated_at"), rs.getObject("escalated_to", UUID.class),
                rs.getString("outcome"), rs.getString("override_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
