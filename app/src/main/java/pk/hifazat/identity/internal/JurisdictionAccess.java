package pk.hifazat.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Units;

@Service
class JurisdictionAccess implements Access {

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
        Jurisdiction jurisdiction = units.byId(account.unit()).map(u -> u.jurisdiction()).orElse(Jurisdiction.none());
        return Optional.of(new SignedInUser(account.id(), account.getUsername(), account.displayName(), account.role(),
                account.unit(), jurisdiction));
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
        AuditRecord byUser = attempt.by(user.username());
        if (!districts.stream().allMatch(user.jurisdiction()::covers)) {
            audit.recordIndependently(byUser.withOutcome(Outcome.REFUSED).withDetail("outside jurisdiction"));
            throw new AccessDeniedException("Outside the user's jurisdiction");
        }
        audit.record(byUser.withOutcome(Outcome.DONE));
    }
}
