package pk.hifazat.triage.internal;

/** Where a queue item stands. The names are stored ({@code triage_cluster.status}): never rename one. */
public enum QueueStatus {
    /** Waiting for an officer. */
    OPEN,
    /** An officer is working on it. */
    CLAIMED,
    /** Sent up to the zone's supervisor: by an officer, or because a P1 waited unclaimed too long. */
    ESCALATED,
    /** Done, with an outcome. */
    CLOSED
}
