package pk.hifazat.cases.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditAction;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.units.Jurisdiction;

/**
 * Finds a case, person or evidence item and lets the signed-in user at it only where their
 * jurisdiction reaches (through {@link Access}, which audits each attempt, allowed or refused).
 * An unknown record is 404 whatever the jurisdiction.
 */
@Component
class CaseGuard {

    private final CaseFiles cases;
    private final PersonRecords persons;
    private final Access access;

    CaseGuard(CaseFiles cases, PersonRecords persons, Access access) {
        this.cases = cases;
        this.persons = persons;
        this.access = access;
    }

    CaseFile read(String number, AuditAction action) {
        CaseFile file = known(number, false);
        access.checkDistrict(file.district(), AuditRecord.of(action, "Case", file.number()));
        return file;
    }

    /** As {@link #read}, the case's row locked until the transaction ends. */
    CaseFile change(String number, AuditAction action, String detail) {
        CaseFile file = known(number, true);
        access.checkDistrict(file.district(), AuditRecord.of(action, "Case", file.number()).withDetail(detail));
        return file;
    }

    /**
     * The case, locked, when the user's jurisdiction covers it; refused (and audited) when not. The
     * allowed attempt is not audited yet: the caller audits it with {@link #check} once it knows the
     * attempt will be done, so that a refusal of its own can be audited on its own without waiting
     * for this transaction's audit entry.
     */
    CaseFile lockVisible(String number, AuditAction action) {
        CaseFile file = known(number, true);
        if (!access.visibleDistricts().covers(file.district())) {
            access.checkDistrict(file.district(), AuditRecord.of(action, "Case", file.number()));
        }
        return file;
    }

    /** A case the caller already found, checked again for another action (an evidence item's case). */
    void check(CaseFile file, AuditAction action, String targetType, Object targetId) {
        access.checkDistrict(file.district(), AuditRecord.of(action, targetType, targetId)
                .withDetail(targetType.equals("Case") ? "" : "case " + file.number()));
    }

    /**
     * A person may be seen by whoever may see any one of their cases: the check is made (and audited)
     * for a district of theirs the user covers, or, when there is none, refused for their first one.
     */
    PersonRecord person(PersonId id, AuditAction action) {
        return person(id, action, "");
    }

    PersonRecord person(PersonId id, AuditAction action, String detail) {
        PersonRecord person = persons.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<DistrictCode> districts = persons.districtsOf(id).stream().map(DistrictCode::new).toList();
        Jurisdiction visible = access.visibleDistricts();
        DistrictCode checked = districts.stream().filter(visible::covers).findFirst()
                .orElse(districts.isEmpty() ? null : districts.getFirst());
        AuditRecord attempt = AuditRecord.of(action, "Person", person.pseudonym()).withDetail(detail);
        if (checked == null) {
            access.checkNational(attempt);
        } else {
            access.checkDistrict(checked, attempt);
        }
        return person;
    }

    private CaseFile known(String number, boolean lock) {
        if (!CaseNumber.isOne(number)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CaseNumber parsed = new CaseNumber(number);
        return (lock ? cases.lock(parsed) : cases.byNumber(parsed))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
