package pk.hifazat.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.privacy.PersonalData;

/**
 * How fast a re-seal goes: N persons with four sealed fields, re-sealed under a new key and back.
 * Runs only when asked:
 *
 * <pre>./mvnw -pl app -am test -Dtest=ResealBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dreseal.rows=50000</pre>
 */
@HifazatTest
@EnabledIfSystemProperty(named = "reseal.rows", matches = "\\d+")
class ResealBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ResealBenchmark.class);

    @Autowired
    KeyRotation rotation;

    @Autowired
    PersonalData application;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reSealsPersons() {
        int rows = Integer.parseInt(System.getProperty("reseal.rows"));
        List<Object[]> persons = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            UUID id = UUID.randomUUID();
            persons.add(new Object[] {id, "BENCH-" + id, application.seal("Person " + i, id, "name"),
                    application.seal("Alias " + i, id, "aliases"), application.seal("2014-03-0" + (i % 9 + 1), id, "birth"),
                    application.seal("House " + i + ", Street 4, Muzaffargarh", id, "address"), Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("INSERT INTO case_person (id, pseudonym, name_sealed, aliases_sealed, birth_sealed, address_sealed, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", persons);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersonalData.Key next = PersonalData.Key.of(key);

        long start = System.nanoTime();
        ResealRun there = rotation.runNow("bench", application.rotatedTo(next), KeyRotation.BATCH, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        ResealRun back = rotation.runNow("bench", application.alsoOpening(List.of(next)), KeyRotation.BATCH, () -> false);

        log.info(String.format(Locale.ROOT, "Re-sealed %,d rows in %.1f s: %.0f rows/s", there.resealed(), seconds,
                there.resealed() / seconds));
        assertThat(there.state()).isEqualTo(ResealRun.State.FINISHED);
        assertThat(back.state()).isEqualTo(ResealRun.State.FINISHED);
    }
}
