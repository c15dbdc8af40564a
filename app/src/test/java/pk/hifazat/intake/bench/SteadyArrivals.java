package pk.hifazat.intake.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.sun.management.OperatingSystemMXBean;

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
 * <p>The generator shares the server's cores, so it does little while it runs: every request is
 * written out before the first is sent, and each goes over a {@link KeptAliveConnection}. Prints
 * its own CPU time, to be read beside the server's.
 *
 * <pre>java -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals URL KEY [PER_SECOND=1000] [SECONDS=60] [SUSPECTS=50000] [CONNECTIONS=256]</pre>
 */
public final class SteadyArrivals {

    private static final int NOTHING_MORE = -1;

    private SteadyArrivals() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/api/v1/reports");
        String key = args[1];
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long suspects = args.length > 4 ? Long.parseLong(args[4]) : 50_000;
        int connections = args.length > 5 ? Integer.parseInt(args[5]) : 256;
        String run = Long.toString(System.currentTimeMillis(), 36);
        SplittableRandom random = new SplittableRandom(run.hashCode());
        int total = perSecond * seconds;
        byte[][] requests = new byte[total][];
        for (int i = 0; i < total; i++) {
            requests[i] = KeptAliveConnection.post(uri, key, GenerateBulkFile.report(run, i, suspects, 0, random));
        }
        long[] due = new long[total];
        long[] latencies = new long[total];
        AtomicInteger refused = new AtomicInteger();
        BlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
        CountDownLatch finished = new CountDownLatch(connections);
        long cpuBefore = processCpuNanos();
        for (int c = 0; c < connections; c++) {
            Thread.ofVirtual().start(() -> {
                try (KeptAliveConnection connection = new KeptAliveConnection(uri)) {
                    for (int n = ready.take(); n != NOTHING_MORE; n = ready.take()) {
                        if (connection.exchange(requests[n]) / 100 != 2) {
                            refused.incrementAndGet();
                        }
                        latencies[n] = System.nanoTime() - due[n];
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            });
        }
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            due[i] = start + (long) i * 1_000_000_000L / perSecond;
            long wait = due[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            ready.add(i);
        }
        double sending = (System.nanoTime() - start) / 1e9;
        for (int c = 0; c < connections; c++) {
            ready.add(NOTHING_MORE);
        }
        finished.await();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "sent=%d in %.1f s (%.0f/s) refused_or_failed=%d answer_p50_ms=%.1f p99_ms=%.1f max_ms=%.1f generator_cpu_s=%.1f%n",
                total, sending, total / sending, refused.get(), latencies[total / 2] / 1e6,
                latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6, cpu);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
