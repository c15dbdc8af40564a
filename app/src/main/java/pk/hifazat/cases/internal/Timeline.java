package pk.hifazat.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;

/** A case's timeline as stored. */
@Repository
class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseId caseId, TimelineEntry entry, Instant at, UserId by) {
        jdbc.sql("""
                INSERT INTO case_event (id, case_id, kind, occurred_on, district_code, place, note, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), caseId.value(), entry.kind().name(), entry.occurredOn(), entry.district().value(),
                        entry.place(), entry.note(), Timestamp.from(at), CaseFiles.uuid(by))
                .update();
        for (UserId officer : entry.officers()) {
            jdbc.sql("INSERT INTO case_event_officer (event_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(entry.id(), officer.value()).update();
        }
        for (UUID person : entry.persons()) {
            jdbc.sql("INSERT INTO case_event_person (event_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(entry.id(), person).update();
        }
    }

    int count(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ?").param(caseId.value()).query(Integer.class).single();
    }

    /** The newest events first, {@code limit} from {@code offset}: three queries whatever the count. */
    List<TimelineEntry> newest(CaseId caseId, int offset, int limit) {
        record Row(UUID id, CaseEventKind kind, java.time.LocalDate on, String district, String place, String note) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT id, kind, occurred_on, district_code, place, note FROM case_event WHERE case_id = ?
                ORDER BY occurred_on DESC, recorded_at DESC OFFSET ? LIMIT ?""").params(caseId.value(), offset, limit)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), CaseEventKind.valueOf(rs.getString(2)),
                        rs.getObject(3, java.time.LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<UserId>> officers = new HashMap<>();
        jdbc.sql("SELECT event_id, user_id FROM case_event_officer WHERE event_id = ANY(?)").param(ids)
                .query(rs -> {
                    officers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new UserId(rs.getObject(2, UUID.class)));
                });
        Map<UUID, List<UUID>> persons = new HashMap<>();
        jdbc.sql("SELECT event_id, person_id FROM case_event_person WHERE event_id = ANY(?)").param(ids)
                .query(rs -> {
                    persons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return rows.stream().map(r -> new TimelineEntry(r.id(), r.kind(), r.on(), new DistrictCode(r.district()), r.place(),
                r.note(), officers.getOrDefault(r.id(), List.of()), persons.getOrDefault(r.id(), List.of()))).toList();
    }
}
