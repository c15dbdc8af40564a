package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.demo.DemoDataRequested;

@HifazatTest
class DemoBankTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataAddsOneFictionalBankWithItsEntries() throws InterruptedException {
        events.publishEvent(new DemoDataRequested());
        events.publishEvent(new DemoDataRequested());

        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (entries() < 4) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(50);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM media_bank WHERE name = 'Demo hash list (fictional)'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(entries()).isEqualTo(4);
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM media_entry e JOIN media_bank b ON b.id = e.bank_id "
                + "WHERE b.name = 'Demo hash list (fictional)'").query(Long.class).single();
    }
}
