package pk.hifazat.units.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pk.hifazat.units.Unit;

/**
 * The units as read at most {@link #FRESH_FOR} ago. Triage routes every report through them, and for
 * one report at a time the two statements of reading a district's unit were a tenth of its triage;
 * units change a few times a year.
 *
 * <p>Invariant: no reader ever sees a unit that was rolled back, and a unit created is seen by every
 * reader within {@link #FRESH_FOR}: in this instance at once, unless a read that began before the
 * commit keeps its older copy (a trade-off for taking no lock). A transaction that has created units
 * reads around the copy (it alone sees them before they commit) and leaves none behind; the copy is
 * dropped when it commits or rolls back.
 */
final class RecentUnits {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final Supplier<List<Unit>> read;
    private volatile Copy copy;

    RecentUnits(Supplier<List<Unit>> read) {
        this.read = read;
    }

    List<Unit> all() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return read.get();
        }
        Copy current = copy;
        long now = System.nanoTime();
        if (current != null && now - current.readAt < FRESH_FOR.toNanos()) {
            return current.units;
        }
        List<Unit> units = read.get();
        copy = new Copy(units, now);
        return units;
    }

    /** A unit was created in the current transaction (if any). */
    void changed() {
        copy = null;
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecentUnits.this);
                    copy = null;
                }
            });
        }
    }

    private record Copy(List<Unit> units, long readAt) {
    }
}
