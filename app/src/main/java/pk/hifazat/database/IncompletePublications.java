package pk.hifazat.database;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code hifazat_events_incomplete}: event publications not yet completed by their listeners — the
 * work between modules still to do (a report stored but not yet linked, triaged or matched). With
 * completed publications deleted, that is every row of the registry; a number that only grows means
 * a listener is failing. Counted when scraped, on the registry's own index.
 */
@Component
class IncompletePublications {

    IncompletePublications(MeterRegistry meters, JdbcClient jdbc) {
        Gauge.builder("hifazat.events.incomplete", () -> jdbc.sql(
                                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Long.class).single())
                .description("Event publications their listeners have not completed").register(meters);
    }
}
