package pk.hifazat.triage.internal;

/** The ages of report a queue can be narrowed to. */
public enum QueueAge {
    DAY(1, null), WEEK(7, null), MONTH(30, null), OLDER(null, 30);

    private final Integer withinDays;
    private final Integer olderThanDays;

    QueueAge(Integer withinDays, Integer olderThanDays) {
        this.withinDays = withinDays;
        this.olderThanDays = olderThanDays;
    }

    Integer withinDays() {
        return withinDays;
    }

    Integer olderThanDays() {
        return olderThanDays;
    }
}
