package pk.hifazat.safeguarding.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.privacy.SealedRecords;

/** Safeguarding's sealed tables, each declared for key rotation. */
@Configuration(proxyBeanMethods = false)
class SealedTables {

    @Bean
    SealedRecords sealedChildren(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SealedTable("safeguarding: children", "safeguarding_child", ChildRecords.SEALED_FIELDS, jdbc,
                new TransactionTemplate(transactions));
    }

    @Bean
    SealedRecords sealedPhotos(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SealedTable("safeguarding: photographs", "safeguarding_photo", Map.of("image_sealed", Photos.FIELD), jdbc,
                new TransactionTemplate(transactions));
    }

    @Bean
    SealedRecords sealedCareGoals(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SealedTable("safeguarding: care goals", "safeguarding_care_goal", Map.of("goal_sealed", CarePlans.GOAL),
                jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    SealedRecords sealedFollowUps(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SealedTable("safeguarding: follow-ups", "safeguarding_follow_up", Map.of("note_sealed", CarePlans.NOTE),
                jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    SealedRecords sealedMissingChildren(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SealedTable("safeguarding: missing children", "safeguarding_missing",
                Map.of("name_sealed", MissingRecords.NAME), jdbc, new TransactionTemplate(transactions));
    }
}
