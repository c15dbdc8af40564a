package pk.hifazat.intake.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pk.hifazat.intake.ReportSource;

/**
 * {@code hifazat_reports_received_total{source=...}}: reports stored, per source, counted when their
 * transaction commits — a batch rolled back and stored again one by one is not counted twice.
 */
@Component
class ReceivedReportCounts {

    private final Map<ReportSource, Counter> counters = new EnumMap<>(ReportSource.class);

    ReceivedReportCounts(MeterRegistry registry) {
        for (ReportSource source : ReportSource.values()) {
            counters.put(source, Counter.builder("hifazat.reports.received").tag("source", source.name())
                    .description("Reports stored, per source").register(registry));
        }
    }

    void stored(List<ReportSource> sources) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count(sources);
                }
            });
        } else {
            count(sources);
        }
    }

    private void count(List<ReportSource> sources) {
        sources.forEach(source -> counters.get(source).increment());
    }
}
