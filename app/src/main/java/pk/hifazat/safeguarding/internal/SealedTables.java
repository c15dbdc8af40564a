package pk.hifazat.safeguarding.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.privacy.SealedColumns;
import pk.hifazat.privacy.SealedRecords;

/** Safeguarding's sealed tables, each declared for key rotation; every field is sealed to its row's id. */
@Configuration(proxyBeanMethods = false)
class SealedTables {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SealedTables(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Bean
    SealedRecords sealedChildren() {
        return table("safeguarding: children", "safeguarding_child", ChildRecords.SEALED_FIELDS);
    }

    @Bean
    SealedRecords sealedPhotos() {
        return table("safeguarding: photographs", "safeguarding_photo", Map.of("image_sealed", Photos.FIELD));
    }

    @Bean
    SealedRecords sealedCareGoals() {
        return table("safeguarding: care goals", "safeguarding_care_goal", Map.of("goal_sealed", CarePlans.GOAL));
    }

    @Bean
    SealedRecords sealedFollowUps() {
        return table("safeguarding: follow-ups", "safeguarding_follow_up", Map.of("note_sealed", CarePlans.NOTE));
    }

    @Bean
    SealedRecords sealedMissingChildren() {
        return table("safeguarding: missing children", "safeguarding_missing", Map.of("name_sealed", MissingRecords.NAME));
    }

    private SealedRecords table(String name, String table, Map<String, String> fieldsByColumn) {
        return new SealedColumns(name, jdbc, transactions, table, fieldsByColumn);
    }
}
