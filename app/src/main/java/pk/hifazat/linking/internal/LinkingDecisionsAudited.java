package pk.hifazat.linking.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;

/**
 * A decision about a key as the page and the staff API take it: the reason checked, the key found,
 * access checked nationally and audited with the decision, then linking follows, all in one
 * transaction.
 */
@Component
class LinkingDecisionsAudited {

    private final KeyDecisions decisions;
    private final Access access;

    LinkingDecisionsAudited(KeyDecisions decisions, Access access) {
        this.decisions = decisions;
        this.access = access;
    }

    /** One of {@link KeyDecisions}' decisions. */
    @FunctionalInterface
    private interface Decision {
        void take(long id, String reason, String analyst);
    }

    @Transactional
    public KeyDecisions.KeyView markNoise(long id, String reason) {
        return decide(id, reason, LinkingAction.MARK_NOISE, decisions::markNoise);
    }

    @Transactional
    public KeyDecisions.KeyView unmarkNoise(long id, String reason) {
        return decide(id, reason, LinkingAction.UNMARK_NOISE, decisions::unmarkNoise);
    }

    /** Only a handle is confirmed: any other key is refused as unknown. */
    @Transactional
    public KeyDecisions.KeyView confirm(long id, String reason) {
        return decide(id, reason, LinkingAction.CONFIRM_WEAK_LINK, decisions::confirm);
    }

    private KeyDecisions.KeyView decide(long id, String reason, LinkingAction action, Decision decision) {
        String why = DecisionReason.require(reason);
        KeyDecisions.KeyView key = find(id);
        if (action == LinkingAction.CONFIRM_WEAK_LINK && !LinkKey.HANDLE.equals(key.kind())) {
            throw new UnknownKeyException(id);
        }
        access.checkNational(AuditRecord.of(action, "LinkKey", id));
        decision.take(id, why, access.require().username());
        return find(id);
    }

    private KeyDecisions.KeyView find(long id) {
        return decisions.key(id).orElseThrow(() -> new UnknownKeyException(id));
    }
}
