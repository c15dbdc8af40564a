package pk.hifazat.linking.internal;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * One linking at a time in this application, whatever asked for it (a stored batch, an addition,
 * what matching found), waiting here without a transaction: linking is serialised anyway
 * ({@link ClusterStore#lock}), and each listener call runs on a thread of its own, so during a
 * bulk import dozens may be waiting at once. Had each opened its transaction first, each would hold a
 * database connection while it waited, and intake, storing the next batches, would find the pool empty.
 */
@Component
class LinkingTurns {

    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    void alone(Runnable work) {
        oneAtATime.lock();
        try {
            work.run();
        } finally {
            oneAtATime.unlock();
        }
    }
}
