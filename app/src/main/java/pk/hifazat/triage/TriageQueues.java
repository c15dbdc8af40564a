package pk.hifazat.triage;

import java.util.Map;

import pk.hifazat.units.UnitId;

/**
 * What waits in a unit's queue, for a home page: the open queue items (clusters of reports) by
 * priority. Checks no jurisdiction: the caller shows only units the user may open.
 */
public interface TriageQueues {

    Map<Priority, Long> openCounts(UnitId unit);
}
