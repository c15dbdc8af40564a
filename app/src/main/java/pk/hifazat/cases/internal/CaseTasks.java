package pk.hifazat.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Jurisdiction;

@Repository
class CaseTasks {

    private static final String TASK = """
            SELECT t.id, f.number, t.kind, t.title, t.owner_id, t.starts_on, t.warn_on, t.due_on, t.done_at IS NOT NULL
            FROM case_task t JOIN case_file f ON f.id = t.case_id
            """;

    private final JdbcClient jdbc;

    CaseTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseId caseId, CaseTask task, Instant at, UserId by) {
        jdbc.sql("""
                INSERT INTO case_task (id, case_id, kind, title, owner_id, starts_on, warn_on, due_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(task.id(), caseId.value(), task.kind().name(), task.title(), task.owner().value(), task.startsOn(),
                        task.warnOn(), task.dueOn(), Timestamp.from(at), CaseFiles.uuid(by))
                .update();
    }

    Optional<CaseTask> byId(UUID id) {
        return jdbc.sql(TASK + "WHERE t.id = ?").param(id).query(CaseTasks::row).optional();
    }

    void complete(UUID id, Instant at) {
        jdbc.sql("UPDATE case_task SET done_at = ? WHERE id = ? AND done_at IS NULL").params(Timestamp.from(at), id).update();
    }

    List<CaseTask> openOf(CaseId caseId) {
        return jdbc.sql(TASK + "WHERE t.case_id = ? AND t.done_at IS NULL ORDER BY t.due_on").param(caseId.value())
                .query(CaseTasks::row).list();
    }

    List<CaseTask> openOwnedBy(UserId owner, int limit) {
        return jdbc.sql(TASK + "WHERE t.owner_id = ? AND t.done_at IS NULL ORDER BY t.due_on LIMIT ?")
                .params(owner.value(), limit).query(CaseTasks::row).list();
    }

    /** Overdue tasks of the cases a jurisdiction covers: what a supervisor must chase. */
    List<CaseTask> overdueIn(Jurisdiction jurisdiction, LocalDate today, int limit) {
        return jdbc.sql(TASK + """
                WHERE t.done_at IS NULL AND t.due_on < ? AND (? OR f.district_code = ANY(?))
                ORDER BY t.due_on LIMIT ?""")
                .params(today, jurisdiction.national(), CaseFiles.districts(jurisdiction), limit).query(CaseTasks::row).list();
    }

    private static CaseTask row(ResultSet rs, int n) throws SQLException {
        return new CaseTask(rs.getObject(1, UUID.class), new CaseNumber(rs.getString(2)), CaseTask.Kind.valueOf(rs.getString(3)),
                rs.getString(4), new UserId(rs.getObject(5, UUID.class)), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getBoolean(9));
    }
}
