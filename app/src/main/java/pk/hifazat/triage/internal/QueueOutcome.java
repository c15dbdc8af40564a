package pk.hifazat.triage.internal;

/** How a queue item was closed. The names are stored ({@code triage_cluster.outcome}): never rename one. */
public enum QueueOutcome {
    /** A case was opened from it. */
    CASE_OPENED,
    /** Sent to an agency abroad or another authority. */
    REFERRED,
    /** Already being worked on elsewhere. */
    ALREADY_HANDLED,
    /** Nothing to act on after review. */
    NO_ACTION
}
