package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Sign-ins, password changes and refused pages already in the audit chain name their action by these strings. */
class IdentityActionTest {

    @Test
    void everyIdentityActionStoresTheStringEarlierEntriesCarry() {
        var storedBefore = Map.of(IdentityAction.SIGN_IN, "SIGN_IN", IdentityAction.CHANGE_PASSWORD, "CHANGE_PASSWORD",
                IdentityAction.OPEN, "OPEN", IdentityAction.EDIT_USER, "EDIT_USER",
                IdentityAction.DISABLE_USER, "DISABLE_USER", IdentityAction.ENABLE_USER, "ENABLE_USER",
                IdentityAction.RESET_PASSWORD, "RESET_PASSWORD");

        assertThat(storedBefore).containsOnlyKeys(IdentityAction.values());
        storedBefore.forEach((action, stored) -> assertThat(action.code()).isEqualTo(stored));
    }
}
