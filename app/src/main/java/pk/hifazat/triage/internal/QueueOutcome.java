package pk.hifazat.triage.internal;

import java.util.Arrays;
import java.util.List;

/** How a queue item was closed. The names are stored ({@code triage_cluster.outcome}): never rename one. */
public enum QueueOutcome {
    /** A case was opened from it. */
    CASE_OPENED,
    /** Every one of its reports was attached to a case, which the case's officers now work on. */
    MOVED_TO_CASE,
    /** Sent to an agency abroad or another authority. */
    REFERRED,
    /** Already being worked on elsewhere. */
    ALREADY_HANDLED,
    /** Nothing to act on after review. */
    NO_ACTION;

    /** The outcomes an officer closes an item with; "moved to case" is the case's doing. */
    static List<QueueOutcome> chosenByOfficers() {
        return Arrays.stream(values()).filter(o -> o != MOVED_TO_CASE).toList();
    }
}
