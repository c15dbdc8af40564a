package pk.hifazat.intake.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.audit.ReceiptRecords;

/** Finds the report a receipt code belongs to, by the id its audit entries carry. */
@Component
class ReceiptsForTheAuditLog implements ReceiptRecords {

    private final JdbcClient jdbc;

    ReceiptsForTheAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> recordIdOf(String receiptCode) {
        if (receiptCode == null || receiptCode.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM report WHERE receipt = ?").param(receiptCode.strip().toUpperCase(Locale.ROOT))
                .query(UUID.class).optional().map(UUID::toString);
    }
}
