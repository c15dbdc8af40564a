package org.hifazat.pdq.image;

import java.lang.management.ManagementFactory;

/** Measures what a piece of code allocates on the current thread. */
final class Allocations {

    private Allocations() {
    }

    /** Bytes allocated by the current thread while {@code action} ran, garbage included. */
    static long by(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
