package pk.hifazat.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.demo.DemoDataRequested;

@HifazatTest
class DemoCasesTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    /** The story's title exactly: other tests open cases with similar titles. */
    private static final String STORY = "Network luring children with games and gifts (demo, fictional)";

    @Test
    void theSeedsStoryIsACaseInMuzaffargarhAmongOrdinaryOnesAddedOnce() {
        events.publishEvent(new DemoDataRequested());
        events.publishEvent(new DemoDataRequested());

        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE title LIKE '%(demo, fictional%'").query(Integer.class).single())
                .isEqualTo(38);
        var story = jdbc.sql("""
                SELECT status, international, district_code FROM case_file WHERE title = ?""").param(STORY)
                .query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3)).single();
        assertThat(story).isEqualTo("PROSECUTION true PK623");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM case_person_role r JOIN case_file f ON f.id = r.case_id
                WHERE f.title = ? AND r.role = 'VICTIM' AND r.standing = 'RESCUED'""").param(STORY)
                .query(Integer.class).single()).isEqualTo(10);
    }
}
