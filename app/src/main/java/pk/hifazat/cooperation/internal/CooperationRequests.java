package pk.hifazat.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cooperation.CooperationKind;
import pk.hifazat.cooperation.CooperationRequestId;
import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.cooperation.OverdueRequests;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Jurisdiction;

/** Requests abroad, the persons and identifiers they concern, and their status history, as stored. */
@Repository
class CooperationRequests implements OverdueRequests {

    private static final String COLUMNS = """
            SELECT id, reference, case_id, case_number, district_code, kind, country, agency, legal_basis, asked, status,
                   due_on, sent_on, acknowledged_on, answered_on, answer, drafted_by, drafted_at, approved_by, approved_at,
                   ARRAY(SELECT person_id::text FROM cooperation_request_person p WHERE p.request_id = r.id ORDER BY 1),
                   ARRAY(SELECT identifier FROM cooperation_request_identifier i WHERE i.request_id = r.id ORDER BY 1)
            FROM cooperation_request r
            """;

    private final JdbcClient jdbc;

    CooperationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the year, {@code COOP-2026-0007}: one sequence, never reused. */
    String nextReference(int year) {
        long next = jdbc.sql("SELECT nextval('cooperation_request_number')").query(Long.class).single();
        return "COOP-%d-%04d".formatted(year, next);
    }

    void insert(CooperationRequest request) {
        jdbc.sql("""
                INSERT INTO cooperation_request (id, reference, case_id, case_number, district_code, kind, country, agency,
                                                 legal_basis, asked, status, due_on, drafted_by, drafted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.id().value(), request.reference(), request.caseId().value(), request.caseNumber(),
                        request.district().value(), request.kind().name(), request.country(), request.agency(),
                        request.legalBasis(), request.asked(), request.status().name(), request.dueOn(),
                        request.draftedBy().value(), Timestamp.from(request.draftedAt()))
                .update();
        replaceConcerned(request);
        history(request.id(), null, request.status(), null, request.draftedAt(), request.draftedBy());
    }

    /** A draft's content, replaced by what was sent. */
    void update(CooperationRequest request) {
        jdbc.sql("""
                UPDATE cooperation_request SET kind = ?, country = ?, agency = ?, legal_basis = ?, asked = ?, due_on = ?
                WHERE id = ?""")
                .params(request.kind().name(), request.country(), request.agency(), request.legalBasis(), request.asked(),
                        request.dueOn(), request.id().value())
                .update();
        replaceConcerned(request);
    }

    private void replaceConcerned(CooperationRequest request) {
        UUID id = request.id().value();
        jdbc.sql("DELETE FROM cooperation_request_person WHERE request_id = ?").param(id).update();
        jdbc.sql("DELETE FROM cooperation_request_identifier WHERE request_id = ?").param(id).update();
        jdbc.sql("INSERT INTO cooperation_request_person SELECT ?, p::uuid FROM unnest(?::text[]) AS p ON CONFLICT DO NOTHING")
                .params(id, request.persons().toArray(String[]::new)).update();
        jdbc.sql("INSERT INTO cooperation_request_identifier SELECT ?, i FROM unnest(?::text[]) AS i ON CONFLICT DO NOTHING")
                .params(id, request.identifiers().toArray(String[]::new)).update();
    }

    Optional<CooperationRequest> byId(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(CooperationRequests::row).optional();
    }

    /** The request, its row locked until the transaction ends: two moves of one request queue. */
    Optional<CooperationRequest> lock(UUID id) {
        jdbc.sql("SELECT id FROM cooperation_request WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        return byId(id);
    }

    /** The newest requests the jurisdiction covers, optionally of one case or only the overdue ones. */
    List<CooperationRequest> visible(Jurisdiction jurisdiction, String caseNumber, LocalDate overdueOn, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE (? OR district_code = ANY(?)) AND (?::text IS NULL OR case_number = ?)
                  AND (?::date IS NULL OR (status IN ('SENT', 'ACKNOWLEDGED') AND due_on < ?))
                ORDER BY drafted_at DESC LIMIT ?""")
                .params(jurisdiction.national(), districts(jurisdiction), caseNumber, caseNumber, overdueOn, overdueOn, limit)
                .query(CooperationRequests::row).list();
    }

    @Override
    public Map<DistrictCode, Long> byDistrict(LocalDate today) {
        Map<DistrictCode, Long> overdue = new HashMap<>();
        jdbc.sql("""
                        SELECT district_code, count(*) FROM cooperation_request
                        WHERE status IN ('SENT', 'ACKNOWLEDGED') AND due_on < ? GROUP BY district_code""")
                .param(today)
                .query(rs -> {
                    overdue.put(new DistrictCode(rs.getString(1)), rs.getLong(2));
                });
        return overdue;
    }

    /** A case's requests: all, answered or closed, overdue on this day; and whether a foreign national made it international. */
    record CaseTally(long all, long finished, long overdue, boolean international) {
    }

    CaseTally ofCase(CaseId caseId, LocalDate today) {
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE status IN ('ANSWERED', 'CLOSED')),
                               count(*) FILTER (WHERE status IN ('SENT', 'ACKNOWLEDGED') AND due_on < ?),
                               EXISTS (SELECT FROM cooperation_suggestion WHERE case_id = ?)
                        FROM cooperation_request WHERE case_id = ?""")
                .params(today, caseId.value(), caseId.value())
                .query((rs, n) -> new CaseTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                .single();
    }

    /** How many requests of the jurisdiction are overdue on this day, and how many wait for approval. */
    record Waiting(long overdue, long awaitingApproval) {
    }

    Waiting waiting(Jurisdiction jurisdiction, LocalDate today) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status IN ('SENT', 'ACKNOWLEDGED') AND due_on < ?),
                       count(*) FILTER (WHERE status = 'AWAITING_APPROVAL' AND approved_by IS NULL)
                FROM cooperation_request WHERE (? OR district_code = ANY(?))
                  AND status IN ('SENT', 'ACKNOWLEDGED', 'AWAITING_APPROVAL')""")
                .params(today, jurisdiction.national(), districts(jurisdiction))
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2))).single();
    }

    void move(CooperationRequestId id, CooperationStatus from, CooperationStatus to, String note, Instant at, UserId by) {
        jdbc.sql("UPDATE cooperation_request SET status = ? WHERE id = ?").params(to.name(), id.value()).update();
        history(id, from, to, note, at, by);
    }

    void sent(CooperationRequestId id, LocalDate sentOn, LocalDate dueOn) {
        jdbc.sql("UPDATE cooperation_request SET sent_on = ?, due_on = ? WHERE id = ?").params(sentOn, dueOn, id.value()).update();
    }

    void acknowledged(CooperationRequestId id, LocalDate on) {
        jdbc.sql("UPDATE cooperation_request SET acknowledged_on = ? WHERE id = ?").params(on, id.value()).update();
    }

    void answered(CooperationRequestId id, LocalDate on, String answer) {
        jdbc.sql("UPDATE cooperation_request SET answered_on = ?, answer = ? WHERE id = ?")
                .params(on, answer, id.value()).update();
    }

    void approve(CooperationRequestId id, UserId by, Instant at) {
        jdbc.sql("UPDATE cooperation_request SET approved_by = ?, approved_at = ? WHERE id = ?")
                .params(by == null ? null : by.value(), at == null ? null : Timestamp.from(at), id.value()).update();
    }

    /** One move of a request: who, when, and the note that went with it. */
    record Change(CooperationStatus from, CooperationStatus to, String note, Instant at, UserId by) {
    }

    List<Change> history(CooperationRequestId id) {
        return jdbc.sql("""
                SELECT from_status, to_status, note, changed_at, changed_by FROM cooperation_status_change
                WHERE request_id = ? ORDER BY id""").param(id.value())
                .query((rs, n) -> new Change(rs.getString(1) == null ? null : CooperationStatus.valueOf(rs.getString(1)),
                        CooperationStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        new UserId(rs.getObject(5, UUID.class))))
                .list();
    }

    private void history(CooperationRequestId id, CooperationStatus from, CooperationStatus to, String note, Instant at,
                         UserId by) {
        jdbc.sql("""
                INSERT INTO cooperation_status_change (request_id, from_status, to_status, note, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), from == null ? null : from.name(), to.name(), note, Timestamp.from(at), by.value())
                .update();
    }

    private static String[] districts(Jurisdiction jurisdiction) {
        return jurisdiction.districts().stream().map(DistrictCode::value).toArray(String[]::new);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static UserId user(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }

    private static CooperationRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new CooperationRequest(new CooperationRequestId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("case_number"),
                new DistrictCode(rs.getString("district_code")), CooperationKind.valueOf(rs.getString("kind")),
                rs.getString("country"), rs.getString("agency"), rs.getString("legal_basis"), rs.getString("asked"),
                CooperationStatus.valueOf(rs.getString("status")), date(rs, "due_on"), date(rs, "sent_on"),
                date(rs, "acknowledged_on"), date(rs, "answered_on"), rs.getString("answer"), user(rs, "drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(), user(rs, "approved_by"),
                approvedAt == null ? null : approvedAt.toInstant(), List.of((String[]) rs.getArray(21).getArray()),
                List.of((String[]) rs.getArray(22).getArray()));
    }
}
