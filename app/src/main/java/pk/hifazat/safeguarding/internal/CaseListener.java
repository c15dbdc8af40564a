package pk.hifazat.safeguarding.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.PersonJoinedCase;

/**
 * Follows cases: every person's role is kept (for guardians who are suspects), a victim becomes a
 * child's record, and a rescue safeguards the child. Each event may arrive again (the registry
 * retries) or before the other; either order ends in the same record.
 */
@Component
class CaseListener {

    private final CaseRoles roles;
    private final Pathway pathway;

    CaseListener(CaseRoles roles, Pathway pathway) {
        this.roles = roles;
        this.pathway = pathway;
    }

    @ApplicationModuleListener
    void on(PersonJoinedCase joined) {
        roles.add(joined.caseId(), joined.person(), joined.role());
        if (joined.role() == CaseRole.VICTIM) {
            pathway.identified(joined);
        }
    }

    @ApplicationModuleListener
    void on(ChildRescued rescued) {
        roles.add(rescued.caseId(), rescued.child(), CaseRole.VICTIM);
        pathway.rescued(rescued);
    }
}
