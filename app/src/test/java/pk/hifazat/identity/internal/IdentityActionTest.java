package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Sign-ins, password changes and refused pages already in the audit chain name their action by these strings. */
class IdentityActionTest {

    @Test
    void everyIdentityActionStoresTheStringEarlierEntriesCarry() {
        var storedBefore = Map.ofEntries(
                Map.entry(IdentityAction.SIGN_IN, "SIGN_IN"),
                Map.entry(IdentityAction.CHANGE_PASSWORD, "CHANGE_PASSWORD"),
                Map.entry(IdentityAction.OPEN, "OPEN"),
                Map.entry(IdentityAction.EDIT_USER, "EDIT_USER"),
                Map.entry(IdentityAction.DISABLE_USER, "DISABLE_USER"),
                Map.entry(IdentityAction.ENABLE_USER, "ENABLE_USER"),
                Map.entry(IdentityAction.RESET_PASSWORD, "RESET_PASSWORD"),
                Map.entry(IdentityAction.CREATE_TOKEN, "CREATE_TOKEN"),
                Map.entry(IdentityAction.REVOKE_TOKEN, "REVOKE_TOKEN"));

        assertThat(storedBefore).containsOnlyKeys(IdentityAction.values());
        storedBefore.forEach((action, stored) -> assertThat(action.code()).isEqualTo(stored));
    }
}
