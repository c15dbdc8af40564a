package pk.hifazat.safeguarding.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;

/**
 * Who holds which role in which case, kept from cases' {@code PersonJoinedCase} (ids only), to tell
 * that a child's guardian is a suspect — in the child's case or in any other.
 */
@Repository
class CaseRoles {

    private final JdbcClient jdbc;

    CaseRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CaseId caseId, PersonId person, CaseRole role) {
        jdbc.sql("INSERT INTO safeguarding_case_role (case_id, person_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(caseId.value(), person.value(), role.name()).update();
    }

    /** The guardians of the child (in any case where the child is a victim) who are suspects in some case. */
    List<UUID> suspectedGuardians(PersonId child) {
        return jdbc.sql("""
                SELECT DISTINCT g.person_id FROM safeguarding_case_role v
                JOIN safeguarding_case_role g ON g.case_id = v.case_id AND g.role = 'GUARDIAN'
                JOIN safeguarding_case_role s ON s.person_id = g.person_id AND s.role = 'SUSPECT'
                WHERE v.person_id = ? AND v.role = 'VICTIM' ORDER BY 1""")
                .param(child.value()).query(UUID.class).list();
    }

    /** Of these children (persons), those who have a guardian who is a suspect: one query for a list. */
    Set<UUID> withSuspectedGuardians(Collection<PersonId> children) {
        if (children.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT v.person_id FROM safeguarding_case_role v
                JOIN safeguarding_case_role g ON g.case_id = v.case_id AND g.role = 'GUARDIAN'
                JOIN safeguarding_case_role s ON s.person_id = g.person_id AND s.role = 'SUSPECT'
                WHERE v.person_id = ANY(?) AND v.role = 'VICTIM'""")
                .param(children.stream().map(PersonId::value).toArray(UUID[]::new)).query(UUID.class).list());
    }
}
