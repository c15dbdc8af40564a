package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;

/**
 * {@code ReceivedReports.naming} finds the reports of one identifier through the identifier
 * index, however long the values: thousands of 3 KB profile addresses (random Chinese characters,
 * which PostgreSQL cannot compress below its index entry limit) are indexed, and the
 * planner, with their statistics, reads the index rather than the table. All in a transaction
 * that is rolled back, so the shared test database keeps none of it.
 */
@HifazatTest
class NamingIsAnIndexLookupTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theReportsNamingAnIdentifierAreFoundThroughTheIndexEvenAmongLongValues() {
        List<String> plan = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                    INSERT INTO report_identifier (report_id, position, kind, value, platform, role)
                    SELECT gen_random_uuid(), 0, 'PROFILE_URL', 'https://example.cn/' || g || (
                               SELECT string_agg(chr(19968 + (random() * 20000)::int), '') FROM generate_series(1, 1000)
                               WHERE g > 0), NULL, 'REPORTED_PERSON'
                    FROM generate_series(1, 5000) g""").update();
            jdbc.sql("ANALYZE report_identifier").update();
            return jdbc.sql("EXPLAIN " + IncomingReports.NAMING)
                    .params("https://example.cn/42" + "页".repeat(1000), "https://example.cn/42" + "页".repeat(1000),
                            "PROFILE_URL", null, 10)
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("report_identifier_by_value").doesNotContain("Seq Scan on report_identifier");
    }

    /**
     * A hash index (V16) put every row of one value in one bucket's overflow chain, which each insert
     * walked: a phone number named in a million reports made every report slower to store. The
     * b-tree on the value's digest keeps entries small whatever the value and stores equal keys once.
     */
    @Test
    void theIdentifierIndexIsABTreeOnTheValuesDigestSoThatAValueNamedAMillionTimesStaysCheap() {
        String definition = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'report_identifier_by_value'")
                .query(String.class).single();
        assertThat(definition).contains("USING btree").contains("md5(value)");
    }
}
