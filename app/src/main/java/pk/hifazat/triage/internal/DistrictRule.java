package pk.hifazat.triage.internal;

/**
 * Which rule decided a report's district, first that applies, in this order. The names are stored
 * ({@code triage_report.district_rule}): never rename one.
 */
public enum DistrictRule {
    /** The district the reporter chose. */
    CHOSEN,
    /** A district named in the location hint or the text, in either script. */
    NAMED,
    /** A Pakistani landline's area code. */
    AREA_CODE,
    /** The reported coordinates, nearest district centre within the configured distance. */
    COORDINATES,
    /** Nothing in the report itself: the district of the reports it is linked to. */
    LINKED_REPORT,
    /** An analyst set it by hand, with a reason. */
    OVERRIDE,
    /** Nothing says where: the national intake queue. */
    UNRESOLVED;

    /** Lower is stronger: what decides between districts with as many reports in a cluster. */
    int strength() {
        return ordinal();
    }
}
