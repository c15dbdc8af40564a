package pk.hifazat.intake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Single reports arriving at a steady rate, as they do from many partners and the public (an open
 * loop: the next report is sent on time whether or not the last was answered, unlike wrk's closed
 * loop, which slows down with the server and hides a backlog). Each is new, with a suspect drawn
 * from a pool, as in {@link GenerateBulkFile}. Prints the rate achieved and the answers' p50, p99
 * and worst, each timed from when it was due; the time from receipt to queue is the server's to log
 * (hifazat.triage.timing).
 *
 * <p>The senders share CONNECTIONS connections, as partners' clients keep pools: a report due while
 * all are busy waits its turn here, and that wait counts in its answer's time. (With a connection
 * for every report in flight, a second's slowness opened two thousand connections, more than the
 * server serves at once, and those beyond waited in the kernel's queue, their handshakes retried
 * after 1, 3, 7, 15 … seconds: the answers measured that back-off rather than the server.)
 *
 * <pre>java -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals URL KEY [PER_SECOND=1000] [SECONDS=60] [SUSPECTS=50000] [CONNECTIONS=256]</pre>
 */
public final class SteadyArrivals {

    private SteadyArrivals() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/api/v1/reports");
        String key = args[1];
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long suspects = args.length > 4 ? Long.parseLong(args[4]) : 50_000;
        Semaphore connections = new Semaphore(args.length > 5 ? Integer.parseInt(args[5]) : 256);
        String run = Long.toString(System.currentTimeMillis(), 36);
        SplittableRandom random = new SplittableRandom(run.hashCode());
        int total = perSecond * seconds;
        long[] latencies = new long[total];
        AtomicInteger refused = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[total];
        try (var threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + (long) i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(GenerateBulkFile.report(run, i, suspects, 0, random)))
                        .build();
                int n = i;
                answers[i] = CompletableFuture.runAsync(() -> {
                    connections.acquireUninterruptibly();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 != 2) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception failure) {
                        refused.incrementAndGet();
                    } finally {
                        connections.release();
                        latencies[n] = System.nanoTime() - due;
                    }
                }, threads);
            }
            double sending = (System.nanoTime() - start) / 1e9;
            CompletableFuture.allOf(answers).handle((done, failure) -> null).join();
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "sent=%d in %.1f s (%.0f/s) refused_or_failed=%d answer_p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                    total, sending, total / sending, refused.get(), latencies[total / 2] / 1e6,
                    latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6);
        }
    }
}
