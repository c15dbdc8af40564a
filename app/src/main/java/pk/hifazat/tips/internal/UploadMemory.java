package pk.hifazat.tips.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * The memory that forms with files may hold at the same time. Uploads are kept in memory, never in
 * temporary files, so without this bound every form in flight could hold up to the container's
 * request limit and a handful of them exhaust the heap. A form reserves its declared length (or
 * the container's limit, when it declares none) before its body is read, and gives it back when
 * answered; one that cannot get it within the busy wait is answered "busy" without being read.
 */
@Component
class UploadMemory {

    private static final long UNIT = 1024;

    private final int units;
    private final Semaphore free;
    private final Duration wait;

    UploadMemory(TipsProperties properties) {
        this.units = (int) Math.min(Integer.MAX_VALUE, properties.uploadMemory().toBytes() / UNIT);
        this.free = new Semaphore(units, true);
        this.wait = properties.busyWait();
    }

    /** Waits up to the busy wait for {@code bytes} (at most the whole budget); empty if they did not free up. */
    Optional<Reservation> reserve(long bytes) throws InterruptedException {
        int wanted = Math.clamp(Math.ceilDiv(bytes, UNIT), 1, units);
        if (!free.tryAcquire(wanted, wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        return Optional.of(() -> free.release(wanted));
    }

    /** Upload memory taken, given back when closed. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
