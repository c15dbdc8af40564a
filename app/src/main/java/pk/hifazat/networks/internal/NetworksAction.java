package pk.hifazat.networks.internal;

import pk.hifazat.audit.AuditAction;

/** What only networks records. The stored code is the constant's name: never rename one. */
enum NetworksAction implements AuditAction {

    /** An officer looked at a network or the nodes around one. */
    VIEW_NETWORK,
    /** An officer exported a network (GraphML or CSV). */
    EXPORT_NETWORK,
    /** An officer asked to see a record of another unit that is linked to theirs. */
    REQUEST_ACCESS,
    /** An officer opened a case from a network, or attached a network's reports to a case. */
    CASE_FROM_NETWORK;

    @Override
    public String code() {
        return name();
    }
}
