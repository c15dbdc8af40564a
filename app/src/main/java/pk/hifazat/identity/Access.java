package pk.hifazat.identity;

import java.util.Collection;
import java.util.Optional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.geography.DistrictCode;

/**
 * The access rule, written once: a user may see or change a record of a district only when their
 * home unit's jurisdiction covers that district. Every attempt is audited, allowed or refused; a
 * refusal is an {@link org.springframework.security.access.AccessDeniedException}, which the web
 * layer answers with 403 — never an empty page that hides the refusal.
 */
public interface Access {

    Optional<SignedInUser> current();

    /** The signed-in user; fails when nobody is signed in. */
    SignedInUser require();

    /** Allows and audits the attempt when the user's jurisdiction covers the district, else refuses it. */
    void checkDistrict(DistrictCode district, AuditRecord attempt);

    /** As {@link #checkDistrict}, for a record that concerns several districts: all must be covered. */
    void checkDistricts(Collection<DistrictCode> districts, AuditRecord attempt);
}
