package pk.hifazat.tips.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * How many uploaded images are decoded at the same time, all clients together. Decoding is the
 * costly part of a tip (a reduced decode of a 100-megapixel image still reads every pixel), so a
 * burst of images queues here, fairly, for at most the busy wait; an image that gets no slot by
 * then makes its form be answered "busy, send it again" rather than wait on.
 */
@Component
class DecodeSlots {

    /** Work done in a slot. */
    interface Decode<T> {
        T run() throws UploadRejected;
    }

    private final Semaphore slots;
    private final Duration wait;

    DecodeSlots(TipsProperties properties) {
        this.slots = new Semaphore(properties.imageDecodes(), true);
        this.wait = properties.busyWait();
    }

    /** Runs {@code decode} in a free slot, waiting for one up to the busy wait. */
    <T> T run(Decode<T> decode) throws UploadRejected, TipsBusy {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TipsBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TipsBusy();
        }
        try {
            return decode.run();
        } finally {
            slots.release();
        }
    }
}
