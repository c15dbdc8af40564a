package pk.hifazat.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.UnitId;

/** Cases, their team, offences, reports and status history, as stored. */
@Repository
public class CaseFiles {

    private static final String COLUMNS = "SELECT id, number, unit_id, district_code, title, status, outcome, "
            + "lead_officer, international, opened_at FROM case_file ";

    private final JdbcClient jdbc;

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseFile file, UUID cluster, UserId by) {
        jdbc.sql("""
                INSERT INTO case_file (id, number, unit_id, district_code, title, status, lead_officer, cluster_id,
                                       opened_at, opened_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id().value(), file.number().value(), file.unit().value(), file.district().value(),
                        file.title(), file.status().name(), uuid(file.leadOfficer()), cluster,
                        Timestamp.from(file.openedAt()), uuid(by))
                .update();
    }

    Optional<CaseFile> byNumber(CaseNumber number) {
        return jdbc.sql(COLUMNS + "WHERE number = ?").param(number.value()).query(CaseFiles::row).optional();
    }

    Optional<CaseFile> byId(CaseId id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id.value()).query(CaseFiles::row).optional();
    }

    /** The case, its row locked until the transaction ends: changes to one case queue. */
    Optional<CaseFile> lock(CaseNumber number) {
        return jdbc.sql(COLUMNS + "WHERE number = ? FOR UPDATE").param(number.value()).query(CaseFiles::row).optional();
    }

    List<CaseFile> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(COLUMNS + "WHERE id = ANY(?) ORDER BY opened_at DESC").param(ids.toArray(UUID[]::new))
                .query(CaseFiles::row).list();
    }

    /** The newest cases the jurisdiction covers, optionally of one status. */
    List<CaseFile> visible(Jurisdiction jurisdiction, CaseStatus status, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE (? OR district_code = ANY(?)) AND (?::text IS NULL OR status = ?)
                ORDER BY opened_at DESC LIMIT ?""")
                .params(jurisdiction.national(), districts(jurisdiction), name(status), name(status), limit)
                .query(CaseFiles::row).list();
    }

    void changeStatus(CaseId id, CaseStatus from, CaseStatus to, CaseOutcome outcome, String reason, Instant at, UserId by) {
        jdbc.sql("UPDATE case_file SET status = ?, outcome = ? WHERE id = ?")
                .params(to.name(), name(outcome), id.value()).update();
        jdbc.sql("""
                INSERT INTO case_status_change (case_id, from_status, to_status, outcome, reason, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), from.name(), to.name(), name(outcome), reason, Timestamp.from(at), uuid(by)).update();
    }

    public record StatusChange(CaseStatus from, CaseStatus to, CaseOutcome outcome, String reason, Instant at, UUID by) {
    }

    List<StatusChange> history(CaseId id) {
        return jdbc.sql("""
                SELECT from_status, to_status, outcome, reason, changed_at, changed_by FROM case_status_change
                WHERE case_id = ? ORDER BY id""").param(id.value())
                .query((rs, n) -> new StatusChange(CaseStatus.valueOf(rs.getString(1)), CaseStatus.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : CaseOutcome.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class)))
                .list();
    }

    void changeLead(CaseId id, UserId lead) {
        jdbc.sql("UPDATE case_file SET lead_officer = ? WHERE id = ?").params(uuid(lead), id.value()).update();
    }

    void markInternational(CaseId id) {
        jdbc.sql("UPDATE case_file SET international = true WHERE id = ?").param(id.value()).update();
    }

    void replaceTeam(CaseId id, Collection<UserId> team) {
        jdbc.sql("DELETE FROM case_team_member WHERE case_id = ?").param(id.value()).update();
        for (UserId member : team) {
            jdbc.sql("INSERT INTO case_team_member (case_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), member.value()).update();
        }
    }

    List<UserId> team(CaseId id) {
        return jdbc.sql("SELECT user_id FROM case_team_member WHERE case_id = ?").param(id.value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    void replaceOffences(CaseId id, Collection<String> codes) {
        jdbc.sql("DELETE FROM case_offence WHERE case_id = ?").param(id.value()).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO case_offence (case_id, offence_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), code).update();
        }
    }

    List<String> offences(CaseId id) {
        return jdbc.sql("""
                SELECT o.offence_code FROM case_offence o JOIN case_offence_type t ON t.code = o.offence_code
                WHERE o.case_id = ? ORDER BY t.position""").param(id.value()).query(String.class).list();
    }

    /** Attaches the reports not yet attached; returns those. */
    List<ReportId> attach(CaseId id, Collection<ReportId> reports, Instant at, UserId by) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                INSERT INTO case_report (case_id, report_id, attached_at, attached_by)
                SELECT ?, r, ?, ? FROM unnest(?::uuid[]) AS r
                ON CONFLICT DO NOTHING RETURNING report_id""")
                .params(id.value(), Timestamp.from(at), uuid(by), reports.stream().map(ReportId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list();
    }

    List<ReportId> reports(CaseId id) {
        return jdbc.sql("SELECT report_id FROM case_report WHERE case_id = ? ORDER BY attached_at, report_id")
                .param(id.value()).query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list();
    }

    /** The cases a report is attached to. */
    List<UUID> casesOfReport(ReportId report) {
        return jdbc.sql("SELECT case_id FROM case_report WHERE report_id = ?").param(report.value())
                .query(UUID.class).list();
    }

    CaseFacts facts(CaseId id) {
        return jdbc.sql("""
                SELECT f.lead_officer IS NOT NULL,
                       (SELECT count(*) FROM case_offence o WHERE o.case_id = f.id),
                       (SELECT count(*) FROM case_person_role r WHERE r.case_id = f.id AND r.role = 'SUSPECT'),
                       (SELECT count(*) FROM case_person_role r WHERE r.case_id = f.id AND r.role = 'SUSPECT' AND r.standing = 'CHARGED'),
                       EXISTS (SELECT FROM case_event e WHERE e.case_id = f.id AND e.kind = 'CONVICTION'),
                       EXISTS (SELECT FROM case_event e WHERE e.case_id = f.id AND e.kind = 'ACQUITTAL')
                FROM case_file f WHERE f.id = ?""").param(id.value())
                .query((rs, n) -> new CaseFacts(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5),
                        rs.getBoolean(6)))
                .single();
    }

    static String[] districts(Jurisdiction jurisdiction) {
        return jurisdiction.districts().stream().map(DistrictCode::value).toArray(String[]::new);
    }

    static UUID uuid(UserId user) {
        return user == null ? null : user.value();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static CaseFile row(ResultSet rs, int n) throws SQLException {
        UUID lead = rs.getObject("lead_officer", UUID.class);
        String outcome = rs.getString("outcome");
        return new CaseFile(new CaseId(rs.getObject("id", UUID.class)), new CaseNumber(rs.getString("number")),
                new UnitId(rs.getObject("unit_id", UUID.class)), new DistrictCode(rs.getString("district_code")),
                rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
                outcome == null ? null : CaseOutcome.valueOf(outcome), lead == null ? null : new UserId(lead),
                rs.getBoolean("international"), rs.getTimestamp("opened_at").toInstant());
    }
}
