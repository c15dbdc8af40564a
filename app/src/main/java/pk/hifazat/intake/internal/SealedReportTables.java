package pk.hifazat.intake.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.privacy.SealedColumns;
import pk.hifazat.privacy.SealedRecords;

/** Reports' and additions' sealed payloads, so that a key rotation re-seals them ({@link SealedFields}). */
@Configuration(proxyBeanMethods = false)
class SealedReportTables {

    private static final Map<String, String> FIELDS = Map.of("raw", SealedFields.RAW,
            "normalised", SealedFields.NORMALISED, "contact", SealedFields.CONTACT);

    @Bean
    SealedRecords sealedReports(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new SealedColumns("intake: reports", jdbc, new TransactionTemplate(transactions), "report", FIELDS);
    }

    @Bean
    SealedRecords sealedReportAdditions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new SealedColumns("intake: additions", jdbc, new TransactionTemplate(transactions), "report_addition", FIELDS);
    }
}
