package pk.hifazat.audit;

/**
 * What an audit entry says was done. Actions that any module may record are in {@link CommonAction};
 * a module with actions of its own names them in an enum of its own that implements this interface,
 * so that adding one never touches the audit module.
 */
public interface AuditAction {

    /**
     * The action as stored and covered by the entry's hash. Entries already written carry it, so a
     * code never changes: a changed code would leave the old entries naming an action that no longer exists.
     */
    String code();
}
