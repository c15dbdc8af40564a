package pk.hifazat.intake.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.IncomingReport;

/**
 * Reports as they were last read, kept so that the modules that each read a newly stored batch
 * (linking, known material, triage, networks, statistics: five readers of every bulk batch) open,
 * parse and normalise it once instead of five times.
 *
 * <p>Intake keeps each report as it stores it (the version its insert returns), so that even the
 * first reader finds it; a report read from the database is kept too.
 *
 * <p>An entry is used only when the report's row still has the version it was read at: the row's
 * {@code xmin} (every update of the row, a status or a re-sealing, gives it a new one) and its
 * number of additions (an addition writes other tables, not the row). So a reader never gets a report
 * older than the database's, on this instance or after another instance changed it.
 *
 * <p>Bounded by an estimate of the memory the reports take, oldest out first: readers follow
 * intake by seconds, so the newest batches are the ones read again. The estimate is generous (two
 * bytes of heap for every sealed byte, as text parsed from it may be UTF-16, and half a kilobyte for
 * the rest) because the budget is the point.
 */
@Component
class RecentReports {

    private static final int OVERHEAD = 512;
    private static final int PER_SEALED_BYTE = 2;

    private record Entry(String version, IncomingReport report, long weight) {
    }

    private final long budget;
    private final LinkedHashMap<UUID, Entry> entries = new LinkedHashMap<>();
    private long weight;

    RecentReports(long budgetBytes) {
        this.budget = budgetBytes;
    }

    @Autowired
    RecentReports(IntakeProperties properties) {
        this(properties.recentReports().toBytes());
    }

    /** A row's version: its {@code xmin} and how many additions its report has. */
    static String version(String xmin, long additions) {
        return xmin + "/" + additions;
    }

    /** The kept reports among these ids, each only if kept at the version given for it. */
    synchronized Map<UUID, IncomingReport> current(Map<UUID, String> versions) {
        Map<UUID, IncomingReport> found = new HashMap<>();
        versions.forEach((id, version) -> {
            Entry entry = entries.get(id);
            if (entry != null && entry.version.equals(version)) {
                found.put(id, entry.report);
            }
        });
        return found;
    }

    synchronized void keep(UUID id, String version, IncomingReport report, int sealedBytes) {
        if (budget <= 0) {
            return;
        }
        Entry entry = new Entry(version, report, (long) sealedBytes * PER_SEALED_BYTE + OVERHEAD);
        Entry replaced = entries.put(id, entry);
        weight += entry.weight - (replaced == null ? 0 : replaced.weight);
        Iterator<Entry> oldest = entries.values().iterator();
        while (weight > budget && oldest.hasNext()) {
            weight -= oldest.next().weight;
            oldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
