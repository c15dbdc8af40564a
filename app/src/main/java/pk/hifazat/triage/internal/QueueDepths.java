package pk.hifazat.triage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.triage.Priority;

/**
 * {@code hifazat_queue_items{priority}}: the open queue items of every unit, per priority — what an
 * operator watches for a backlog. Counted by one query for all four priorities and kept for ten
 * seconds, so a scrape of the four gauges costs one count, not four.
 */
@Component
class QueueDepths {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private Map<Priority, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    QueueDepths(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (Priority priority : Priority.values()) {
            Gauge.builder("hifazat.queue.items", () -> current().getOrDefault(priority, 0L))
                    .tag("priority", priority.name()).description("Open queue items of every unit, per priority")
                    .register(meters);
        }
    }

    private synchronized Map<Priority, Long> current() {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH_FOR).isBefore(now)) {
            Map<Priority, Long> fresh = new EnumMap<>(Priority.class);
            jdbc.sql("""
                            SELECT priority, count(*) FROM triage_cluster
                            WHERE absorbed_into IS NULL AND status <> 'CLOSED' GROUP BY priority""")
                    .query((rs, n) -> fresh.put(Priority.of(rs.getInt(1)), rs.getLong(2)))
                    .list();
            counts = fresh;
            countedAt = now;
        }
        return counts;
    }
}
