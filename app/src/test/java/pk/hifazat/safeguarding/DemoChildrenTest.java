package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.demo.DemoDataRequested;

/** The demo's seed case in safeguarding: fifty children identified, the ten rescued safeguarded, a guardian suspected. */
@HifazatTest
class DemoChildrenTest {

    /** A case's children: those it identified first, and those it named after another case did (a child in two cases). */
    private static final String OF_CASE = "WHERE (case_id = ? OR person_id IN "
            + "(SELECT person_id FROM safeguarding_case_role WHERE case_id = ? AND role = 'VICTIM'))";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedCasesFiftyChildrenAreFollowedAndItsTenRescuedAreSafeguarded() {
        events.publishEvent(new DemoDataRequested());
        UUID story = jdbc.sql("SELECT id FROM case_file WHERE title LIKE 'Network luring children with games and gifts%'")
                .query(UUID.class).single();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT count(*) FROM safeguarding_child " + OF_CASE).params(story, story).query(Long.class).single())
                    .isEqualTo(50);
            assertThat(jdbc.sql("SELECT count(*) FROM safeguarding_child " + OF_CASE + " AND stage = 'SAFEGUARDED'")
                    .params(story, story).query(Long.class).single()).isEqualTo(10);
            assertThat(jdbc.sql("""
                    SELECT count(DISTINCT g.person_id) FROM safeguarding_case_role g
                    JOIN safeguarding_case_role s ON s.person_id = g.person_id AND s.role = 'SUSPECT'
                    WHERE g.case_id = ? AND g.role = 'GUARDIAN'""").param(story).query(Long.class).single()).isEqualTo(2);
        });
        assertThat(jdbc.sql("SELECT pseudonym FROM safeguarding_child " + OF_CASE + " LIMIT 1")
                .params(story, story).query(String.class).single()).matches("M-\\d{2,}");
    }
}
