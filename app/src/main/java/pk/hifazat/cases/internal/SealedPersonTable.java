package pk.hifazat.cases.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.privacy.SealedColumns;
import pk.hifazat.privacy.SealedRecords;

/** Persons' sealed name, aliases, date of birth and address ({@link PersonRecords}), so that a key rotation re-seals them. */
@Configuration(proxyBeanMethods = false)
class SealedPersonTable {

    @Bean
    SealedRecords sealedPersons(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new SealedColumns("cases: persons", jdbc, new TransactionTemplate(transactions), "case_person",
                Map.of("name_sealed", "name", "aliases_sealed", "aliases", "birth_sealed", "birth",
                        "address_sealed", "address"));
    }
}
