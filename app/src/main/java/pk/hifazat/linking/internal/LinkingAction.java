package pk.hifazat.linking.internal;

import pk.hifazat.audit.AuditAction;

/** What only linking records. The stored code is the constant's name: never rename one. */
enum LinkingAction implements AuditAction {

    /** An analyst marked a key as noise: it joins nothing from now on (a cluster it held together splits). */
    MARK_NOISE,
    /** An analyst said a key is a real identifier after all: it links again, even above the ceiling. */
    UNMARK_NOISE,
    /** An officer confirmed that the same handle on several platforms is one person: it merges from now on. */
    CONFIRM_WEAK_LINK;

    @Override
    public String code() {
        return name();
    }
}
