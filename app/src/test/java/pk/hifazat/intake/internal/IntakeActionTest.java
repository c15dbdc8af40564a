package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Tips, additions, keys and imports already in the audit chain name their action by these strings. */
class IntakeActionTest {

    @Test
    void everyIntakeActionStoresTheStringEarlierEntriesCarry() {
        var storedBefore = Map.of(IntakeAction.RECEIVE, "RECEIVE", IntakeAction.ADD_INFORMATION, "ADD_INFORMATION",
                IntakeAction.ISSUE, "ISSUE", IntakeAction.REVOKE, "REVOKE", IntakeAction.IMPORT, "IMPORT");

        assertThat(storedBefore).containsOnlyKeys(IntakeAction.values());
        storedBefore.forEach((action, stored) -> assertThat(action.code()).isEqualTo(stored));
    }
}
