package pk.hifazat.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pk.hifazat.audit.RecordNames;
import pk.hifazat.identity.UserId;

/** Names the audit log's "User" records by their username. */
@Component
class UserNamesForTheAuditLog implements RecordNames {

    private final Accounts accounts;

    UserNamesForTheAuditLog(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> nameOf(String recordType, String recordId) {
        if (!"User".equals(recordType)) {
            return Optional.empty();
        }
        try {
            return accounts.byId(new UserId(UUID.fromString(recordId))).map(Account::username);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
