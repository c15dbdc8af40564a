package pk.hifazat.intake.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures a bulk import from its streamed answer: reads the answer lines that curl prints as they
 * arrive and reports, every 100,000 lines, the rate over those lines and overall, and (given the
 * server's pid) the server's resident memory, to show that it stays flat. curl streams the file
 * from disk ({@code -T}), so neither side ever holds it.
 *
 * <pre>
 * curl -sS -N -X POST -T FILE -H "Authorization: Bearer KEY" -H "Content-Type: application/x-ndjson" \
 *      http://localhost:8080/api/v1/reports/bulk \
 *   | java -cp app/target/test-classes pk.hifazat.intake.bench.BulkBenchmark [SERVER_PID] [EVERY]
 * </pre>
 *
 * EVERY is how many lines make a lap (100,000; 100 suits a file of large reports).
 */
public final class BulkBenchmark {


    private BulkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long pid = args.length > 0 ? Long.parseLong(args[0]) : -1;
        long every = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        long start = System.nanoTime();
        long lap = start;
        long answered = 0;
        long accepted = 0;
        String line;
        String last = "(no summary: the answer was cut short)";
        while ((line = answers.readLine()) != null) {
            if (line.startsWith("{\"summary\"")) {
                last = line;
                continue;
            }
            answered++;
            if (line.contains("\"result\":\"accepted\"")) {
                accepted++;
            }
            if (answered % every == 0) {
                long now = System.nanoTime();
                System.out.printf(Locale.ROOT, "%,10d lines  %,7.0f lines/s (last %,d)  %,7.0f lines/s (overall)%s%n",
                        answered, every / ((now - lap) / 1e9), every, answered / ((now - start) / 1e9), memory(pid));
                lap = now;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%,d lines answered (%,d accepted) in %.1f s: %,.0f lines/s%s%n%s%n",
                answered, accepted, seconds, answered / seconds, memory(pid), last);
    }

    private static String memory(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (pid < 0 || !Files.exists(status)) {
            return "";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return "  server RSS " + line.substring(6).strip();
            }
        }
        return "";
    }
}
