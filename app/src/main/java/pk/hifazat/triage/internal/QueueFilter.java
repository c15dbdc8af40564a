package pk.hifazat.triage.internal;

import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;

/**
 * What a queue is narrowed to; null parts do not narrow.
 *
 * @param status       one status; null lists every item not closed
 * @param withinDays   only items whose first report arrived within so many days
 * @param olderThanDays only items whose first report arrived more than so many days ago
 */
record QueueFilter(Priority priority, QueueStatus status, ReportSource source, Integer withinDays, Integer olderThanDays) {
}
