package pk.hifazat.media.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A curator opening the banks page twice a second while something else runs, for a benchmark that
 * must show the application still answering: times every answer and counts those that were not 200.
 */
final class PageTimes {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean running = true;
    private volatile int failed;

    PageTimes(MockMvc mvc, MockHttpSession curator) {
        reader = Thread.ofVirtual().start(() -> {
            while (running) {
                long started = System.nanoTime();
                try {
                    if (mvc.perform(get("/banks").session(curator)).andReturn().getResponse().getStatus() != 200) {
                        failed++;
                    }
                } catch (Exception e) {
                    failed++;
                }
                micros.add((System.nanoTime() - started) / 1000);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Stops reading and says how the page answered: count, median, 99th percentile and worst. */
    String stop() throws InterruptedException {
        running = false;
        reader.join();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "the banks page was not opened";
        }
        return String.format(Locale.ROOT, "the banks page answered %d times (%d not 200): median %.1f ms, p99 %.1f ms, worst %.1f ms",
                sorted.size(), failed, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1000.0,
                sorted.getLast() / 1000.0);
    }
}
