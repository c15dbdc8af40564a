package pk.hifazat.statistics.internal;

/** What is counted. Stored by name in statistics_count: never rename one. */
enum Measure {
    REPORTS, CASES, CASES_CLOSED, VICTIMS_IDENTIFIED, VICTIMS_SAFEGUARDED, SUSPECTS_ARRESTED, SUSPECTS_CHARGED,
    SUSPECTS_CONVICTED;

    /** The figures every dashboard leads with. */
    static final java.util.List<Measure> HEADLINE = java.util.List.of(REPORTS, CASES, VICTIMS_IDENTIFIED,
            VICTIMS_SAFEGUARDED, SUSPECTS_ARRESTED, SUSPECTS_CHARGED, SUSPECTS_CONVICTED);
}
