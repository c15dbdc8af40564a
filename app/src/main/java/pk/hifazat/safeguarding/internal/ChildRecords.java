package pk.hifazat.safeguarding.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.privacy.PersonalData;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.ChildPseudonyms;
import pk.hifazat.safeguarding.ClosingReason;
import pk.hifazat.safeguarding.PathwayStage;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.UnitId;

/**
 * Children's records. The identifying details are sealed with the data key, bound to the record's id
 * and the field's name ({@link #SEALED_FIELDS}), so a copied value cannot be read as another child's.
 */
@Repository
class ChildRecords implements ChildPseudonyms {

    /** The sealed columns and the field name each is bound to. */
    static final Map<String, String> SEALED_FIELDS = Map.of("name_sealed", "name", "parents_sealed", "parents",
            "address_sealed", "address", "phone_sealed", "phone", "school_sealed", "school");

    private static final String CHILD = """
            SELECT id, person_id, pseudonym, case_id, case_number, unit_id, district_code, age, gender, stage, stage_since,
                   identified_on, located_on, safeguarded_on, safeguarded_place, safeguarded_by, office_id, referred_on,
                   referral_note, rehabilitation_on, closed_on, close_reason
            FROM safeguarding_child\s""";

    private final JdbcClient jdbc;
    private final PersonalData sealing;

    ChildRecords(JdbcClient jdbc, PersonalData sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** Makes a child's record unless the person has one already; answers whether it was made. */
    boolean insertIfNew(ChildId id, PersonId person, String pseudonym, CaseId caseId, String caseNumber, UnitId unit,
                        DistrictCode district, Integer age, String gender, LocalDate identifiedOn) {
        return jdbc.sql("""
                INSERT INTO safeguarding_child (id, person_id, pseudonym, case_id, case_number, unit_id, district_code, age,
                                                gender, stage, stage_since, identified_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'IDENTIFIED', ?, ?) ON CONFLICT (person_id) DO NOTHING""")
                .params(id.value(), person.value(), pseudonym, caseId.value(), caseNumber, unit == null ? null : unit.value(),
                        district.value(), age, gender, Date.valueOf(identifiedOn), Date.valueOf(identifiedOn))
                .update() == 1;
    }

    /** What a later event knows better (a rescue may be announced before the child's joining the case). */
    void fillIn(PersonId person, UnitId unit, Integer age, String gender) {
        jdbc.sql("""
                UPDATE safeguarding_child SET unit_id = coalesce(unit_id, ?), age = coalesce(age, ?), gender = coalesce(gender, ?)
                WHERE person_id = ?""")
                .params(unit == null ? null : unit.value(), age, gender, person.value()).update();
    }

    Optional<ChildRecord> byId(ChildId id) {
        return jdbc.sql(CHILD + "WHERE id = ?").param(id.value()).query(this::row).optional();
    }

    Optional<ChildRecord> byPerson(PersonId person) {
        return jdbc.sql(CHILD + "WHERE person_id = ?").param(person.value()).query(this::row).optional();
    }

    /** The record, its row locked until the transaction ends (a step is taken on it). */
    Optional<ChildRecord> lock(ChildId id) {
        return jdbc.sql(CHILD + "WHERE id = ? FOR UPDATE").param(id.value()).query(this::row).optional();
    }

    /** The children of a case: those it identified and those it named later, by pseudonym. */
    List<ChildRecord> ofCase(CaseId caseId) {
        return jdbc.sql(CHILD + """
                WHERE case_id = ? OR person_id IN (SELECT person_id FROM safeguarding_case_role WHERE case_id = ? AND role = 'VICTIM')
                ORDER BY length(pseudonym), pseudonym""")
                .params(caseId.value(), caseId.value()).query(this::row).list();
    }

    /** The case id of a case number known here (from its children), if any. */
    Optional<CaseId> caseOf(String caseNumber) {
        return jdbc.sql("SELECT case_id FROM safeguarding_child WHERE case_number = ? LIMIT 1").param(caseNumber)
                .query(UUID.class).optional().map(CaseId::new);
    }

    List<ChildRecord> ofOffice(UnitId office) {
        return jdbc.sql(CHILD + "WHERE office_id = ? AND stage <> 'CLOSED' ORDER BY referred_on, length(pseudonym), pseudonym")
                .param(office.value()).query(this::row).list();
    }

    /** The children of the districts a user may see, newest at their stage last, at most {@code limit}. */
    List<ChildRecord> visible(Jurisdiction jurisdiction, PathwayStage stage, int limit) {
        return jdbc.sql(CHILD + """
                WHERE (? OR district_code = ANY(?)) AND (?::text IS NULL OR stage = ?)
                ORDER BY stage_since, length(pseudonym), pseudonym LIMIT ?""")
                .params(jurisdiction.national(), districts(jurisdiction), stage == null ? null : stage.name(),
                        stage == null ? null : stage.name(), limit)
                .query(this::row).list();
    }

    Map<PathwayStage, Long> countsByStage(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT stage, count(*) FROM safeguarding_child WHERE ? OR district_code = ANY(?) GROUP BY stage")
                .params(jurisdiction.national(), districts(jurisdiction))
                .query((rs, n) -> Map.entry(PathwayStage.valueOf(rs.getString(1)), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void moveTo(ChildId id, PathwayStage stage, LocalDate on, Instant at, UUID by) {
        jdbc.sql("UPDATE safeguarding_child SET stage = ?, stage_since = ? WHERE id = ?")
                .params(stage.name(), Date.valueOf(on), id.value()).update();
        jdbc.sql("INSERT INTO safeguarding_step (child_id, stage, taken_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), stage.name(), Date.valueOf(on), Timestamp.from(at), by).update();
    }

    void located(ChildId id, LocalDate on) {
        jdbc.sql("UPDATE safeguarding_child SET located_on = ? WHERE id = ?").params(Date.valueOf(on), id.value()).update();
    }

    void safeguarded(ChildId id, LocalDate on, String place, Collection<UUID> officers) {
        jdbc.sql("""
                UPDATE safeguarding_child SET identified_on = least(identified_on, ?), located_on = coalesce(located_on, ?),
                       safeguarded_on = ?, safeguarded_place = ?, safeguarded_by = ? WHERE id = ?""")
                .params(Date.valueOf(on), Date.valueOf(on), Date.valueOf(on), place, officers.toArray(UUID[]::new), id.value())
                .update();
    }

    void referred(ChildId id, UnitId office, LocalDate on, String note) {
        jdbc.sql("UPDATE safeguarding_child SET office_id = ?, referred_on = ?, referral_note = ? WHERE id = ?")
                .params(office.value(), Date.valueOf(on), note, id.value()).update();
    }

    void inRehabilitation(ChildId id, LocalDate on) {
        jdbc.sql("UPDATE safeguarding_child SET rehabilitation_on = ? WHERE id = ?").params(Date.valueOf(on), id.value()).update();
    }

    void closed(ChildId id, LocalDate on, ClosingReason reason) {
        jdbc.sql("UPDATE safeguarding_child SET closed_on = ?, close_reason = ? WHERE id = ?")
                .params(Date.valueOf(on), reason.name(), id.value()).update();
    }

    /** Seals and stores the details; a field left null keeps what was stored. */
    void saveDetails(ChildId id, ChildDetails details) {
        UUID owner = id.value();
        jdbc.sql("""
                UPDATE safeguarding_child SET name_sealed = coalesce(?, name_sealed), parents_sealed = coalesce(?, parents_sealed),
                       address_sealed = coalesce(?, address_sealed), phone_sealed = coalesce(?, phone_sealed),
                       school_sealed = coalesce(?, school_sealed) WHERE id = ?""")
                .params(sealing.seal(details.name(), owner, "name"), sealing.seal(details.parents(), owner, "parents"),
                        sealing.seal(details.address(), owner, "address"), sealing.seal(details.phone(), owner, "phone"),
                        sealing.seal(details.school(), owner, "school"), owner)
                .update();
    }

    ChildDetails details(ChildId id) {
        UUID owner = id.value();
        return jdbc.sql("SELECT name_sealed, parents_sealed, address_sealed, phone_sealed, school_sealed FROM safeguarding_child WHERE id = ?")
                .param(owner)
                .query((rs, n) -> new ChildDetails(sealing.open(rs.getBytes(1), owner, "name"),
                        sealing.open(rs.getBytes(2), owner, "parents"), sealing.open(rs.getBytes(3), owner, "address"),
                        sealing.open(rs.getBytes(4), owner, "phone"), sealing.open(rs.getBytes(5), owner, "school")))
                .single();
    }

    private static String[] districts(Jurisdiction jurisdiction) {
        return jurisdiction.districts().stream().map(DistrictCode::value).toArray(String[]::new);
    }

    private ChildRecord row(ResultSet rs, int n) throws SQLException {
        UUID unit = rs.getObject("unit_id", UUID.class);
        UUID office = rs.getObject("office_id", UUID.class);
        String reason = rs.getString("close_reason");
        Array officers = rs.getArray("safeguarded_by");
        return new ChildRecord(new ChildId(rs.getObject("id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("pseudonym"), new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("case_number"),
                unit == null ? null : new UnitId(unit), new DistrictCode(rs.getString("district_code")),
                rs.getObject("age", Integer.class), rs.getString("gender"), PathwayStage.valueOf(rs.getString("stage")),
                day(rs, "stage_since"), day(rs, "identified_on"), day(rs, "located_on"), day(rs, "safeguarded_on"),
                rs.getString("safeguarded_place"), Arrays.asList((UUID[]) officers.getArray()),
                office == null ? null : new UnitId(office), day(rs, "referred_on"), rs.getString("referral_note"),
                day(rs, "rehabilitation_on"), day(rs, "closed_on"), reason == null ? null : ClosingReason.valueOf(reason));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public Map<PersonId, String> of(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT person_id, pseudonym FROM safeguarding_child WHERE person_id = ANY(?)")
                .param(persons.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
