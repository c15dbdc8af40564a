package pk.hifazat.statistics.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-categorises every fact with the current category map and counts everything again. Run after
 * the map changed, and to repair counts; listeners' changes wait until it is done.
 */
@Service
class Rebuild {

    private final Counts counts;
    private final JdbcClient jdbc;

    Rebuild(Counts counts, JdbcClient jdbc) {
        this.counts = counts;
        this.jdbc = jdbc;
    }

    @Transactional
    void run() {
        counts.rebuild(() -> {
            jdbc.sql("UPDATE statistics_report r SET category = " + Facts.REPORT_CATEGORY
                    + " WHERE category IS DISTINCT FROM " + Facts.REPORT_CATEGORY).update();
            jdbc.sql("UPDATE statistics_case c SET category = " + Facts.CASE_CATEGORY
                    + " WHERE category IS DISTINCT FROM " + Facts.CASE_CATEGORY).update();
        });
    }
}
