package pk.hifazat.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.internal.EvidenceItem.Custody;
import pk.hifazat.cases.internal.EvidenceItem.EvidenceFile;
import pk.hifazat.identity.UserId;

/** Evidence items, their files and their chain of custody (append-only: the database refuses changes). */
@Repository
class EvidenceItems {

    private static final String ITEM = """
            SELECT i.id, i.case_id, i.label, i.description, i.seized_at, i.seized_place, i.seized_by,
                   (SELECT t.to_holder FROM custody_transfer t WHERE t.item_id = i.id ORDER BY t.position DESC LIMIT 1)
            FROM evidence_item i
            """;

    private final JdbcClient jdbc;

    EvidenceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's next label, E-0001 and on; the caller holds the case's lock. */
    String nextLabel(CaseId caseId) {
        int count = jdbc.sql("SELECT count(*) FROM evidence_item WHERE case_id = ?").param(caseId.value())
                .query(Integer.class).single();
        return "E-%04d".formatted(count + 1);
    }

    void insert(EvidenceItem item, Instant at, UserId by) {
        jdbc.sql("""
                INSERT INTO evidence_item (id, case_id, label, description, seized_at, seized_place, seized_by, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), item.caseId().value(), item.label(), item.description(), Timestamp.from(item.seizedAt()),
                        item.seizedPlace(), item.seizedBy(), Timestamp.from(at), CaseFiles.uuid(by))
                .update();
        for (EvidenceFile file : item.files()) {
            jdbc.sql("INSERT INTO evidence_file (item_id, name, sha256, pdq, quality) VALUES (?, ?, ?, ?, ?)")
                    .params(item.id(), file.name(), file.sha256(), file.pdq(), file.quality()).update();
        }
    }

    void append(UUID item, Custody entry) {
        jdbc.sql("""
                INSERT INTO custody_transfer (item_id, position, from_holder, to_holder, handed_at, reason, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item, entry.position(), entry.from(), entry.to(), Timestamp.from(entry.handedAt()), entry.reason(),
                        Timestamp.from(entry.recordedAt()), entry.recordedBy())
                .update();
    }

    /** The item, its row locked so that two hand-overs of it queue. */
    Optional<EvidenceItem> lock(UUID id) {
        jdbc.sql("SELECT id FROM evidence_item WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        return byId(id);
    }

    Optional<EvidenceItem> byId(UUID id) {
        return jdbc.sql(ITEM + "WHERE i.id = ?").param(id).query(EvidenceItems::row).optional()
                .map(item -> withFiles(List.of(item)).getFirst());
    }

    int count(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM evidence_item WHERE case_id = ?").param(caseId.value()).query(Integer.class).single();
    }

    List<EvidenceItem> newest(CaseId caseId, int offset, int limit) {
        return withFiles(jdbc.sql(ITEM + "WHERE i.case_id = ? ORDER BY i.recorded_at DESC, i.label DESC OFFSET ? LIMIT ?")
                .params(caseId.value(), offset, limit).query(EvidenceItems::row).list());
    }

    List<Custody> chain(UUID item) {
        return jdbc.sql("""
                SELECT position, from_holder, to_holder, handed_at, reason, recorded_at, recorded_by FROM custody_transfer
                WHERE item_id = ? ORDER BY position""").param(item)
                .query((rs, n) -> new Custody(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class)))
                .list();
    }

    private List<EvidenceItem> withFiles(List<EvidenceItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<EvidenceFile>> files = new HashMap<>();
        jdbc.sql("SELECT item_id, name, sha256, pdq, quality FROM evidence_file WHERE item_id = ANY(?) ORDER BY name")
                .param(items.stream().map(EvidenceItem::id).toArray(UUID[]::new))
                .query(rs -> {
                    files.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new EvidenceFile(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class)));
                });
        return items.stream().map(i -> new EvidenceItem(i.id(), i.caseId(), i.label(), i.description(), i.seizedAt(),
                i.seizedPlace(), i.seizedBy(), i.holder(), files.getOrDefault(i.id(), List.of()))).toList();
    }

    private static EvidenceItem row(ResultSet rs, int n) throws SQLException {
        return new EvidenceItem(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8), List.of());
    }
}
