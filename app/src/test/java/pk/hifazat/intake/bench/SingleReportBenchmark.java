package pk.hifazat.intake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import pk.hifazat.intake.SampleReports;

/**
 * Single-report latency under load: N concurrent clients, each posting reports one after another
 * (a closed loop, as partner systems do), after a warm-up. Prints p50, p90, p99 and max latency,
 * and the throughput. Every report is new (a fresh external id), so each one is a real insert
 * and an fsync'ed commit.
 *
 * <pre>java -cp … pk.hifazat.intake.bench.SingleReportBenchmark URL KEY [CLIENTS=50] [SECONDS=60]</pre>
 */
public final class SingleReportBenchmark {

    private SingleReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/v1/reports";
        String key = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.println("warming up for 15 s …");
        run(http, url, key, clients, 15);
        System.out.printf(Locale.ROOT, "measuring: %d clients for %d s%n", clients, seconds);
        long start = System.nanoTime();
        long[] latencies = run(http, url, key, clients, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%,d reports in %.1f s: %,.0f reports/s%n", latencies.length, elapsed,
                latencies.length / elapsed);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                percentile(latencies, 99.9), latencies[latencies.length - 1] / 1e6);
    }

    private static long[] run(HttpClient http, String url, String key, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] own = new long[200_000];
            perClient.add(own);
            Thread.ofPlatform().start(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < own.length - 1) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(SampleReports.valid(SampleReports.externalId())))
                                .build();
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        own[n++] = System.nanoTime() - sent;
                        if (response.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    own[own.length - 1] = n;
                    done.countDown();
                }
            });
        }
        done.await();
        if (failures.get() > 0) {
            System.out.println(failures.get() + " requests failed");
        }
        return perClient.stream()
                .flatMapToLong(own -> Arrays.stream(own, 0, (int) own[own.length - 1]))
                .toArray();
    }

    private static double percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
