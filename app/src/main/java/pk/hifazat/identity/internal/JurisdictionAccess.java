package pk.hifazat.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

@Service("access")
class JurisdictionAccess implements Access {

    /** Where a request keeps its signed-in user once built: the home unit costs two queries. */
    private static final String REQUEST_USER = JurisdictionAccess.class.getName() + ".user";

    private final Units units;
    private final AuditLog audit;

    JurisdictionAccess(Units units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    @Override
    public Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails account)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_USER, RequestAttributes.SCOPE_REQUEST) instanceof SignedInUser user
                && user.id().equals(account.id())) {
            return Optional.of(user);
        }
        Jurisdiction jurisdiction = units.byId(account.unit()).map(Unit::jurisdiction).orElse(Jurisdiction.none());
        SignedInUser user = new SignedInUser(account.id(), account.getUsername(), account.displayName(), account.role(),
                account.unit(), jurisdiction);
        if (request != null) {
            request.setAttribute(REQUEST_USER, user, RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of(user);
    }

    @Override
    public SignedInUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    @Override
    public void checkDistrict(DistrictCode district, AuditRecord attempt) {
        checkDistricts(List.of(district), attempt);
    }

    @Override
    public void checkDistricts(Collection<DistrictCode> districts, AuditRecord attempt) {
        SignedInUser user = require();
        decide(user, districts.stream().allMatch(user.jurisdiction()::covers), attempt, "outside jurisdiction");
    }

    @Override
    public void checkUnit(Unit unit, AuditRecord attempt) {
        SignedInUser user = require();
        decide(user, mayOpen(user, unit), attempt,
                unit.kind() == UnitKind.CPB_OFFICE ? "not a member of this office" : "outside jurisdiction");
    }

    @Override
    public boolean mayOpen(Unit unit) {
        return current().map(user -> mayOpen(user, unit)).orElse(false);
    }

    @Override
    public boolean national() {
        return visibleDistricts().national();
    }

    @Override
    public void checkNational(AuditRecord attempt) {
        SignedInUser user = require();
        decide(user, user.jurisdiction().national(), attempt, "national records only");
    }

    @Override
    public Jurisdiction visibleDistricts() {
        return current().map(SignedInUser::jurisdiction).orElse(Jurisdiction.none());
    }

    private static boolean mayOpen(SignedInUser user, Unit unit) {
        // A child protection office is its own people's alone, and its people do no case work on other units.
        if (unit.kind() == UnitKind.CPB_OFFICE || user.is(Role.CPB_CASEWORKER)) {
            return unit.id().equals(user.unit());
        }
        Jurisdiction theirs = user.jurisdiction();
        Jurisdiction its = unit.jurisdiction();
        return theirs.national() || !its.national() && its.districts().stream().allMatch(theirs::covers);
    }

    private void decide(SignedInUser user, boolean allowed, AuditRecord attempt, String refusal) {
        AuditRecord byUser = attempt.by(user.username());
        if (!allowed) {
            audit.recordIndependently(byUser.withOutcome(Outcome.REFUSED).withDetail(refusal));
            throw new AccessDeniedException("Refused: " + refusal);
        }
        audit.record(byUser.withOutcome(Outcome.DONE));
    }
}
