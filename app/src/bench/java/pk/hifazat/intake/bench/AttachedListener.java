package pk.hifazat.intake.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportsReceived;

/**
 * A stand-in for the first module after intake, for the benchmarks: it listens as triage will
 * (through the event publication registry, after the commit, on its own thread). With
 * {@code -Dhifazat.bench.read-back=true} it also reads every announced batch back through
 * {@link ReceivedReports#byIds}, as triage will, which adds that reading's work to the machine.
 * Not part of the application: the benchmark compiles it on its own and puts it on the class path
 * (see docs/performance.md), so that neither the application nor its tests ever load it.
 */
@Component
class AttachedListener {

    private static final Logger log = LoggerFactory.getLogger(AttachedListener.class);

    private static final boolean READ_BACK = Boolean.getBoolean("hifazat.bench.read-back");

    private final ReceivedReports reports;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong heard = new AtomicLong();

    AttachedListener(ReceivedReports reports) {
        this.reports = reports;
    }

    @ApplicationModuleListener
    void on(ReportsReceived batch) {
        long identifiers = READ_BACK ? reports.byIds(batch.ids()).stream().mapToLong(r -> r.identifiers().size()).sum() : 0;
        long total = heard.addAndGet(batch.reports().size());
        long count = events.incrementAndGet();
        if (count % 100 == 0) {
            log.info("Attached listener: {} events, {} reports heard (last batch {} reports, {} identifiers read back)",
                    count, total, batch.reports().size(), identifiers);
        }
    }
}
