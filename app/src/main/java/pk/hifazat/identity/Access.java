package pk.hifazat.identity;

import java.util.Collection;
import java.util.Optional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;

/**
 * The access rule, written once: a user may see or change a record of a district only when their
 * home unit's jurisdiction covers that district. Every attempt is audited, allowed or refused; a
 * refusal is an {@link org.springframework.security.access.AccessDeniedException}, which the web
 * layer answers with 403 — never an empty page that hides the refusal.
 *
 * <p>Roles are checked by each controller ({@code @PreAuthorize}); this interface decides only
 * where a user's work reaches. The signed-in user is built once per request, so a page may check
 * as often as it needs without asking the database again.
 */
public interface Access {

    Optional<SignedInUser> current();

    /** The signed-in user; fails when nobody is signed in. */
    SignedInUser require();

    /** Allows and audits the attempt when the user's jurisdiction covers the district, else refuses it. */
    void checkDistrict(DistrictCode district, AuditRecord attempt);

    /** As {@link #checkDistrict}, for a record that concerns several districts: all must be covered. */
    void checkDistricts(Collection<DistrictCode> districts, AuditRecord attempt);

    /**
     * A unit's own records (its page, its queue, a Child Protection Bureau office's children).
     * Audited either way; see {@link #mayOpen(Unit)} for the rule.
     */
    void checkUnit(Unit unit, AuditRecord attempt);

    /**
     * Whether the signed-in user may open a unit's records, without auditing (for lists of links):
     * a Child Protection Bureau office only for the people of that office, as a child referred there
     * must stay out of sight of case work; any other unit when the user's jurisdiction covers all
     * that the unit's does (a national unit only for national users).
     */
    boolean mayOpen(Unit unit);

    /** Records of the whole country before they are routed (the national intake desk): national users only. */
    void checkNational(AuditRecord attempt);

    /**
     * Whether the signed-in user is national, without auditing: for a page that is national only,
     * as {@code @PreAuthorize("hasAnyRole(...) and @access.national()")}, so that its link is shown
     * only to those it opens for and a refusal is recorded as one by role.
     */
    boolean national();

    /**
     * The districts whose records the signed-in user may see, for filtering in SQL: when
     * {@link Jurisdiction#national()} nothing needs filtering, otherwise only rows of
     * {@link Jurisdiction#districts()}. A user signed in to no unit sees none.
     */
    Jurisdiction visibleDistricts();
}
