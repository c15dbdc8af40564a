package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.demo.DemoDataRequested;
import pk.hifazat.triage.Priority;

/** {@code --demo} gives the Muzaffargarh unit the seed story's cluster as a P1, among a few hundred ordinary reports. */
@HifazatTest
class DemoWeekTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired QueueItems items;

    @Test
    void theDemoWeekPutsTheMuzaffargarhClusterFirstInItsQueueAndIsAddedOnce() {
        events.publishEvent(new DemoDataRequested());
        long once = jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
        events.publishEvent(new DemoDataRequested());
        assertThat(jdbc.sql("SELECT count(*) FROM report").query(Long.class).single()).isEqualTo(once);
        assertThat(once).isGreaterThanOrEqualTo(DemoWeek.ORDINARY + 5);

        QueueItem cluster = PriorityRulesTest.eventually(this::clusterOfTheGiftingAccount,
                item -> item != null && item.reportCount() >= 5 && item.reasons().contains("REPEATED_ACCOUNT"));
        assertThat(cluster.district()).isEqualTo("PK623");
        assertThat(cluster.priority()).isEqualTo(Priority.P1);
        assertThat(cluster.abroadCountry()).isEqualTo("DE");
    }

    private QueueItem clusterOfTheGiftingAccount() {
        List<UUID> clusters = jdbc.sql("""
                SELECT DISTINCT r.cluster_id FROM triage_report r JOIN report_identifier i ON i.report_id = r.report_id
                WHERE i.kind = 'EMAIL' AND i.value = 'shadow.gift77@web.de'""").query(UUID.class).list();
        return clusters.isEmpty() ? null : items.of(clusters.getFirst()).orElse(null);
    }
}
