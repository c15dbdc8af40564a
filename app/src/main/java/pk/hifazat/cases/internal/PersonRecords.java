package pk.hifazat.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cases.PersonIdentifiers;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identity.UserId;
import pk.hifazat.privacy.PersonalData;

/**
 * Persons and their roles in cases. Name, aliases, date of birth and address are sealed with the data
 * key, bound to the person's id, so a copied row cannot be read as another person's.
 */
@Repository
public class PersonRecords implements PersonIdentifiers {

    private static final String PERSON = "SELECT id, pseudonym, name_sealed, aliases_sealed, birth_sealed, "
            + "address_sealed, age, gender, nationality, merged_into FROM case_person ";

    private final JdbcClient jdbc;
    private final PersonalData sealing;
    private final IdentifierNormaliser normaliser;

    PersonRecords(JdbcClient jdbc, PersonalData sealing, IdentifierNormaliser normaliser) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.normaliser = normaliser;
    }

    PersonId insert(PersonDetails details, Instant at, UserId by) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('case_person_pseudonym')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO case_person (id, pseudonym, name_sealed, aliases_sealed, birth_sealed, address_sealed, age,
                                         gender, nationality, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, "P-%05d".formatted(number), sealing.seal(details.name(), id, "name"),
                        details.aliases().isEmpty() ? null : sealing.seal(String.join("\n", details.aliases()), id, "aliases"),
                        details.birthDate() == null ? null : sealing.seal(details.birthDate().toString(), id, "birth"),
                        sealing.seal(details.address(), id, "address"), details.age(), details.gender(),
                        details.nationality(), Timestamp.from(at), CaseFiles.uuid(by))
                .update();
        for (Identifier identifier : details.identifiers()) {
            jdbc.sql("INSERT INTO case_person_identifier (person_id, kind, value, platform) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, identifier.kind().name(), identifier.value(),
                            identifier.platform() == null ? "" : identifier.platform())
                    .update();
        }
        return new PersonId(id);
    }

    Optional<PersonRecord> byId(PersonId id) {
        return jdbc.sql(PERSON + "WHERE id = ?").param(id.value()).query(this::row).optional()
                .map(person -> withIdentifiers(person, identifiers(List.of(id.value()))));
    }

    /** The pseudonym and identifiers only: no sealed detail is opened. */
    @Override
    public Optional<PersonIdentity> of(PersonId id) {
        return jdbc.sql("SELECT pseudonym FROM case_person WHERE id = ?").param(id.value()).query(String.class).optional()
                .map(pseudonym -> new PersonIdentity(id, pseudonym, identifiers(List.of(id.value()))));
    }

    /** Persons with their details opened, without identifiers (a case page's list). */
    Map<UUID, PersonRecord> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(PERSON + "WHERE id = ANY(?)").param(ids.toArray(UUID[]::new)).query(this::row).list().stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p));
    }

    /** What a case page lists of a person: the name opened only where it is shown (never a victim's). */
    public record Summary(String name, Integer age, String nationality) {
    }

    Map<UUID, Summary> summaries(Collection<UUID> ids, Collection<UUID> named) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Summary> found = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name_sealed, age, nationality FROM case_person WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new Summary(named.contains(id) ? sealing.open(rs.getBytes(2), id, "name") : null,
                            rs.getObject(3, Integer.class), rs.getString(4)));
                });
        return found;
    }

    /** Adds a role in a case; false when the person already holds it there. */
    boolean addRole(CaseId caseId, PersonId person, CaseRole role, Instant at) {
        return addRole(caseId, person, role, VictimCircumstances.NONE, at);
    }

    boolean addRole(CaseId caseId, PersonId person, CaseRole role, VictimCircumstances circumstances, Instant at) {
        String standing = role == CaseRole.VICTIM ? "IDENTIFIED" : "NAMED";
        return jdbc.sql("""
                INSERT INTO case_person_role (case_id, person_id, role, standing, added_at, relationship, place)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(caseId.value(), person.value(), role.name(), standing, Timestamp.from(at),
                        circumstances.relationship() == null ? null : circumstances.relationship().name(),
                        circumstances.place() == null ? null : circumstances.place().name()).update() == 1;
    }

    /** Sets the standing of these persons' role in the case (an arrest, a charge sheet, a rescue). */
    int changeStanding(CaseId caseId, Collection<PersonId> persons, CaseRole role, String standing) {
        if (persons.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE case_person_role SET standing = ?
                WHERE case_id = ? AND role = ? AND person_id IN (
                    SELECT id FROM case_person WHERE id = ANY(?) OR merged_into = ANY(?))""")
                .params(standing, caseId.value(), role.name(), ids(persons), ids(persons)).update();
    }

    /** A person's role in one case, as a case page lists it: the person it reads as, after merges. */
    public record RoleRow(UUID person, String pseudonym, CaseRole role, String standing, Instant addedAt) {
    }

    List<RoleRow> roles(CaseId caseId) {
        return jdbc.sql("""
                SELECT coalesce(p.merged_into, p.id), k.pseudonym, r.role, r.standing, r.added_at
                FROM case_person_role r JOIN case_person p ON p.id = r.person_id
                JOIN case_person k ON k.id = coalesce(p.merged_into, p.id)
                WHERE r.case_id = ?
                ORDER BY array_position(ARRAY['SUSPECT','VICTIM','GUARDIAN','COMPLAINANT','WITNESS','ASSOCIATE'], r.role),
                         r.added_at""").param(caseId.value())
                .query((rs, n) -> new RoleRow(rs.getObject(1, UUID.class), rs.getString(2), CaseRole.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** A person's roles across cases (their own and those of the records merged into them). */
    public record CaseRoleRow(UUID caseId, CaseRole role, String standing) {
    }

    List<CaseRoleRow> casesOf(PersonId person) {
        return jdbc.sql("""
                SELECT r.case_id, r.role, r.standing FROM case_person_role r JOIN case_person p ON p.id = r.person_id
                WHERE p.id = ? OR p.merged_into = ? ORDER BY r.added_at""").params(person.value(), person.value())
                .query((rs, n) -> new CaseRoleRow(rs.getObject(1, UUID.class), CaseRole.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** The persons, other than these, who carry any of these identifiers (not merged away). */
    List<UUID> carrying(Collection<Identifier> identifiers, Collection<UUID> except) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        List<UUID> found = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            found.addAll(jdbc.sql("""
                    SELECT coalesce(p.merged_into, p.id) FROM case_person_identifier i JOIN case_person p ON p.id = i.person_id
                    WHERE i.kind = ? AND md5(i.value) = md5(?) AND i.value = ? AND i.platform = ?""")
                    .params(identifier.kind().name(), identifier.value(), identifier.value(),
                            identifier.platform() == null ? "" : identifier.platform())
                    .query(UUID.class).list());
        }
        return found.stream().distinct().filter(id -> !except.contains(id)).toList();
    }

    /** The persons of cases in these districts (for name comparisons), at most {@code limit}. */
    List<UUID> inDistricts(Collection<String> districts, boolean everywhere, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT p.id FROM case_person p JOIN case_person_role r ON r.person_id = p.id
                JOIN case_file f ON f.id = r.case_id
                WHERE p.merged_into IS NULL AND (? OR f.district_code = ANY(?)) LIMIT ?""")
                .params(everywhere, districts.toArray(String[]::new), limit).query(UUID.class).list();
    }

    /** The districts of the cases a person (or a record merged into them) has a role in. */
    List<String> districtsOf(PersonId person) {
        return jdbc.sql("""
                SELECT DISTINCT f.district_code FROM case_person_role r JOIN case_person p ON p.id = r.person_id
                JOIN case_file f ON f.id = r.case_id WHERE p.id = ? OR p.merged_into = ? ORDER BY 1""")
                .params(person.value(), person.value()).query(String.class).list();
    }

    void merge(UUID mergeId, PersonId kept, PersonId merged, String reason, Instant at, UserId by) {
        jdbc.sql("UPDATE case_person SET merged_into = ? WHERE id = ?").params(kept.value(), merged.value()).update();
        jdbc.sql("""
                INSERT INTO case_person_merge (id, kept, merged, reason, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(mergeId, kept.value(), merged.value(), reason, Timestamp.from(at), CaseFiles.uuid(by)).update();
    }

    public record Merge(UUID id, UUID kept, UUID merged, String reason, Instant mergedAt, Instant undoneAt) {
    }

    Optional<Merge> mergeById(UUID id) {
        return jdbc.sql("SELECT id, kept, merged, reason, merged_at, undone_at FROM case_person_merge WHERE id = ?")
                .param(id).query(PersonRecords::merge).optional();
    }

    List<Merge> mergesOf(PersonId person) {
        return jdbc.sql("""
                SELECT id, kept, merged, reason, merged_at, undone_at FROM case_person_merge
                WHERE kept = ? OR merged = ? ORDER BY merged_at DESC""").params(person.value(), person.value())
                .query(PersonRecords::merge).list();
    }

    boolean hasMergedInto(PersonId person) {
        return jdbc.sql("SELECT EXISTS (SELECT FROM case_person WHERE merged_into = ?)").param(person.value())
                .query(Boolean.class).single();
    }

    void undo(Merge merge, String reason, Instant at, UserId by) {
        jdbc.sql("UPDATE case_person SET merged_into = NULL WHERE id = ?").param(merge.merged()).update();
        jdbc.sql("UPDATE case_person_merge SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?")
                .params(Timestamp.from(at), CaseFiles.uuid(by), reason, merge.id()).update();
    }

    private static Merge merge(ResultSet rs, int n) throws SQLException {
        Timestamp undone = rs.getTimestamp(6);
        return new Merge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getTimestamp(5).toInstant(), undone == null ? null : undone.toInstant());
    }

    /** The identifiers of these persons and of the records merged into them. */
    List<Identifier> identifiers(Collection<UUID> persons) {
        return jdbc.sql("""
                SELECT DISTINCT i.kind, i.value, i.platform FROM case_person_identifier i JOIN case_person p ON p.id = i.person_id
                WHERE p.id = ANY(?) OR p.merged_into = ANY(?) ORDER BY 1, 2""")
                .params(persons.toArray(UUID[]::new), persons.toArray(UUID[]::new))
                .query((rs, n) -> normaliser.stored(IdentifierKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3).isEmpty() ? null : rs.getString(3)))
                .list();
    }

    private PersonRecord withIdentifiers(PersonRecord person, List<Identifier> identifiers) {
        PersonDetails d = person.details();
        return new PersonRecord(person.id(), person.pseudonym(), new PersonDetails(d.name(), d.aliases(), d.birthDate(),
                d.age(), d.address(), d.gender(), d.nationality(), identifiers), person.mergedInto());
    }

    private PersonRecord row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String aliases = sealing.open(rs.getBytes("aliases_sealed"), id, "aliases");
        String birth = sealing.open(rs.getBytes("birth_sealed"), id, "birth");
        Integer age = rs.getObject("age", Integer.class);
        UUID merged = rs.getObject("merged_into", UUID.class);
        return new PersonRecord(new PersonId(id), rs.getString("pseudonym"), new PersonDetails(
                sealing.open(rs.getBytes("name_sealed"), id, "name"),
                aliases == null ? List.of() : Arrays.asList(aliases.split("\n")),
                birth == null ? null : LocalDate.parse(birth), age, sealing.open(rs.getBytes("address_sealed"), id, "address"),
                rs.getString("gender"), rs.getString("nationality"), List.of()),
                merged == null ? null : new PersonId(merged));
    }

    private static UUID[] ids(Collection<PersonId> persons) {
        return persons.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
