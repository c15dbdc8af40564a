package pk.hifazat.triage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;

/** Reads reports' own triage rows. */
@Repository
class ReportRows {

    private static final String COLUMNS = "report_id, cluster_id, duplicate_of, source, received_at, district_code, "
            + "district_rule, district_detail, abroad_country, priority, reasons, youngest_age";

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportRow> of(UUID report) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_report WHERE report_id = ?").param(report)
                .query(ReportRows::row).optional();
    }

    /** A cluster's reports, oldest first, at most {@code limit}. */
    List<ReportRow> inCluster(UUID cluster, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_report WHERE cluster_id = ? ORDER BY received_at, report_id LIMIT ?")
                .params(cluster, limit).query(ReportRows::row).list();
    }

    /** The districts these reports are in — their own, else their cluster's — and how many. */
    List<String> districtsOf(List<UUID> reports) {
        return jdbc.sql("""
                SELECT DISTINCT coalesce(r.district_code, c.district_override, c.district_code) AS d
                FROM triage_report r LEFT JOIN triage_cluster c ON c.cluster_id = r.cluster_id
                WHERE r.report_id = ANY(?) AND coalesce(r.district_code, c.district_override, c.district_code) IS NOT NULL
                ORDER BY d""").param(reports.toArray(UUID[]::new)).query(String.class).list();
    }

    List<MaterialRow> material(List<UUID> reports) {
        return jdbc.sql("""
                SELECT report_id, file, bank_name, algorithm, distance, category, series, victim_identified
                FROM triage_material_match WHERE report_id = ANY(?) ORDER BY report_id, file""")
                .param(reports.toArray(UUID[]::new))
                .query((rs, n) -> new MaterialRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    /** Whether matching found unknown material in any of these reports. */
    boolean unknownMaterial(List<UUID> reports) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM triage_material WHERE unknown AND report_id = ANY(?))")
                .param(reports.toArray(UUID[]::new)).query(Boolean.class).single();
    }

    /** One file's match against a bank, as the known-material module reported it. */
    public record MaterialRow(UUID report, int file, String bank, String algorithm, int distance, String category,
                       String series, boolean victimIdentified) {
    }

    /** Marks a cluster's reports open or not, for re-triage, which scores open reports only. */
    void setOpen(UUID cluster, boolean open) {
        jdbc.sql("UPDATE triage_report SET open = ? WHERE cluster_id = ?").params(open, cluster).update();
    }

    private static ReportRow row(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                ReportSource.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getString(6),
                DistrictRule.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), Priority.of(rs.getInt(10)),
                List.of((String[]) rs.getArray(11).getArray()), (Integer) rs.getObject(12));
    }
}
