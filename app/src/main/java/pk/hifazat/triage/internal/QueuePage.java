package pk.hifazat.triage.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import pk.hifazat.triage.Priority;
import pk.hifazat.units.Unit;

/** A page of a unit's queue, with the unit's open counts by priority and where the next page starts. */
public record QueuePage(Unit unit, Map<Priority, Long> counts, List<QueueItem> items, Optional<QueueCursor> next) {
}
