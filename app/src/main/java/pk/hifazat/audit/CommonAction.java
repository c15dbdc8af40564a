package pk.hifazat.audit;

/** Actions that any module records on its own records. The stored code is the constant's name. */
public enum CommonAction implements AuditAction {

    /** A record, or a list of records, was shown. */
    VIEW,
    /** A record was created. */
    CREATE,
    /** A record moved to another status. */
    CHANGE_STATUS;

    @Override
    public String code() {
        return name();
    }
}
