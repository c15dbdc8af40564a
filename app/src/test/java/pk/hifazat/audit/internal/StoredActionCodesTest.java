package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pk.hifazat.audit.AuditAction;
import pk.hifazat.audit.CommonAction;

/** Entries already in the chain name their action by these strings; the typed actions store exactly them. */
class StoredActionCodesTest {

    private static final Map<AuditAction, String> STORED_BEFORE_ACTIONS_WERE_TYPED = Map.of(
            CommonAction.VIEW, "VIEW",
            CommonAction.CREATE, "CREATE",
            CommonAction.CHANGE_STATUS, "CHANGE_STATUS",
            AuditLogAction.VERIFY, "VERIFY",
            AuditLogAction.EXPORT, "EXPORT");

    @Test
    void everyCommonActionAndTheAuditLogsOwnStoreTheStringsEarlierEntriesCarry() {
        assertThat(STORED_BEFORE_ACTIONS_WERE_TYPED.keySet())
                .containsAll(List.of(CommonAction.values()))
                .containsAll(List.of(AuditLogAction.values()));
        STORED_BEFORE_ACTIONS_WERE_TYPED.forEach((action, stored) -> assertThat(action.code()).as(action.toString())
                .isEqualTo(stored));
    }
}
