package pk.hifazat.statistics.internal;

import pk.hifazat.audit.AuditAction;

/** What only statistics records. The stored code is the constant's name: never rename one. */
enum StatisticsAction implements AuditAction {

    /** Someone looked at a dashboard (national, a province or a district). */
    VIEW_STATISTICS,
    /** Someone downloaded a table as CSV. */
    EXPORT_STATISTICS,
    /** A supervisor changed which category an incident type, annotation or offence counts under. */
    CHANGE_CATEGORY,
    /** An administrator recounted every figure from the facts. */
    REBUILD_STATISTICS;

    @Override
    public String code() {
        return name();
    }
}
