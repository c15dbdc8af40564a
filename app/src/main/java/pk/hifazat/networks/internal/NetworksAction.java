package pk.hifazat.networks.internal;

import pk.hifazat.audit.AuditAction;

/** What only networks records. The stored code is the constant's name: never rename one. */
enum NetworksAction implements AuditAction {

    /** An officer looked at a network or the nodes around one. */
    VIEW_NETWORK,
    /** An officer exported a network (GraphML or CSV). */
    EXPORT_NETWORK,
    /** An officer asked to see a record of another unit that is linked to theirs. */
    REQUEST_ACCESS;

    @Override
    public String code() {
        return name();
    }
}
