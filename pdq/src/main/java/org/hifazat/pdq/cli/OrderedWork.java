package org.hifazat.pdq.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on all cores but hands their results on in submission order, so output is the same
 * on every run. At most a few tasks per thread are in flight, which bounds memory however many
 * inputs there are.
 */
final class OrderedWork<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> consumer;

    OrderedWork(int threads, Consumer<T> consumer) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pdq-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.consumer = consumer;
    }

    /** Queues a task; may first hand on the oldest results to make room. */
    void submit(Callable<T> task) {
        pending.add(pool.submit(task));
        while (pending.size() > window) {
            handOnOldest();
        }
    }

    /** Waits for every task and hands on the remaining results. */
    void finish() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        Future<T> next = pending.poll();
        try {
            consumer.accept(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Tasks report their own failures as results; anything else is a bug worth a trace.
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
