package pk.hifazat.safeguarding.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditAction;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * Finds a child's record and lets the signed-in user at it, through {@link Access}, which audits each
 * attempt: case workers where their jurisdiction covers the child's district; a Child Protection
 * Bureau caseworker only when the child was referred to their own office (checked as that office's
 * record, which only its members may open). An unknown child is 404 for everyone.
 */
@Component
class ChildGuard {

    private final ChildRecords children;
    private final Units units;
    private final Access access;

    ChildGuard(ChildRecords children, Units units, Access access) {
        this.children = children;
        this.units = units;
        this.access = access;
    }

    ChildRecord read(ChildId id, AuditAction action, String detail) {
        ChildRecord child = children.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        check(child, action, detail);
        return child;
    }

    /** As {@link #read}, the child's row locked until the transaction ends. */
    ChildRecord change(ChildId id, AuditAction action, String detail) {
        ChildRecord child = children.lock(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        check(child, action, detail);
        return child;
    }

    void check(ChildRecord child, AuditAction action, String detail) {
        AuditRecord attempt = AuditRecord.of(action, "Child", child.pseudonym()).withDetail(detail);
        if (access.require().is(Role.CPB_CASEWORKER)) {
            access.checkUnit(caseworkersUnit(child), attempt);
        } else {
            access.checkDistrict(child.district(), attempt);
        }
    }

    /** Whether the signed-in user may see the child, without auditing (for lists). */
    boolean mayOpen(ChildRecord child) {
        return access.current().map(user -> user.is(Role.CPB_CASEWORKER)
                ? child.office() != null && child.office().equals(user.unit())
                : user.jurisdiction().covers(child.district())).orElse(false);
    }

    /** The office the child was referred to; before a referral the case's unit, which no caseworker may open. */
    private Unit caseworkersUnit(ChildRecord child) {
        var unit = child.office() != null ? units.byId(child.office())
                : child.unit() != null ? units.byId(child.unit()) : units.districtUnitOf(child.district());
        return unit.orElseThrow(() -> new AccessDeniedException("Refused: no unit for this child"));
    }
}
