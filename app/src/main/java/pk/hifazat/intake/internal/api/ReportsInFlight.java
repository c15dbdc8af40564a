package pk.hifazat.intake.internal.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import pk.hifazat.intake.internal.IntakeProperties;

/**
 * How many single reports the API works on at once, counted by their size: each request takes
 * slots of 16 KB for its body (at least one; the size limit when it does not say) before the body is
 * read, and gives them back when answered. A request that finds no room within a second is answered
 * 503 and sends again ({@link IntakeBusyException}).
 *
 * <p>Why: reports that arrive faster than they can be stored wait somewhere. Without this they
 * waited inside the server, each with its body, its parsed form and the buffers that read it, and
 * at 1,000 reports a second over what the machine could store the heap ran out within seconds and
 * the server answered no one. Bounded, the memory they take is at most the budget (with the
 * copies a report is held in while it is checked, a few times it), and the sender learns at once
 * that it must slow down; a report answered 503 was not stored, so nothing acknowledged is lost.
 */
@Component
class ReportsInFlight {

    static final long SLOT_BYTES = 16 * 1024;

    private final Semaphore slots;
    private final long maxReportBytes;

    ReportsInFlight(IntakeProperties properties) {
        this.slots = new Semaphore((int) Math.max(1, properties.reportsInFlight().toBytes() / SLOT_BYTES), true);
        this.maxReportBytes = properties.maxReportSize().toBytes();
    }

    /** The slots a body of this length takes ({@code -1}: unknown, so as large as allowed). */
    int slotsFor(long contentLength) {
        long bytes = contentLength < 0 ? maxReportBytes : Math.min(contentLength, maxReportBytes);
        return (int) Math.max(1, (bytes + SLOT_BYTES - 1) / SLOT_BYTES);
    }

    /** Takes the slots, waiting up to a second; false when there is no room. */
    boolean enter(int taken) {
        try {
            return slots.tryAcquire(taken, 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave(int taken) {
        slots.release(taken);
    }
}
