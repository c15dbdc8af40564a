package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.internal.ApiKeys;

/**
 * A key's last use is written when it is used, but at most once a minute, not on every request; a key
 * revoked on another instance (straight in the shared database) is refused here within a second.
 */
@HifazatTest
class ApiKeyLastUseTest {

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsALastUseAtMostOnceAMinute() {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("INSERT INTO reporting_organisation (id, name, kind) VALUES (?, ?, 'PLATFORM')")
                .params(organisation, "Last use " + organisation).update();
        var issued = keys.issue(organisation, "busy", "test");
        assertThat(keys.byId(issued.key().id()).orElseThrow().lastUsedAt()).isNull();

        assertThat(keys.authenticate(issued.secret())).isPresent();
        assertThat(keys.byId(issued.key().id()).orElseThrow().lastUsedAt()).isNotNull();

        jdbc.sql("UPDATE api_key SET last_used_at = NULL WHERE id = ?").param(issued.key().id()).update();
        assertThat(keys.authenticate(issued.secret())).isPresent();
        assertThat(keys.byId(issued.key().id()).orElseThrow().lastUsedAt()).as("written again within the minute").isNull();
    }

    @Test
    void aKeyRevokedByAnotherInstanceIsRefusedHereWithinASecond() throws InterruptedException {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("INSERT INTO reporting_organisation (id, name, kind) VALUES (?, ?, 'PLATFORM')")
                .params(organisation, "Revoked elsewhere " + organisation).update();
        var issued = keys.issue(organisation, "revoked elsewhere", "test");
        assertThat(keys.authenticate(issued.secret())).as("remembered as valid here").isPresent();

        jdbc.sql("UPDATE api_key SET revoked_at = now(), revoked_by = 'the other instance' WHERE id = ?")
                .param(issued.key().id()).update();
        Thread.sleep(1_000);
        assertThat(keys.authenticate(issued.secret())).as("a second after another instance revoked it").isEmpty();
    }
}
