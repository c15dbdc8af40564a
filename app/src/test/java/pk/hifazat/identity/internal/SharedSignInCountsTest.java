package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;

/** Two instances on one database count a guesser's sign-in failures together, and a restart forgets none. */
@HifazatTest
class SharedSignInCountsTest {

    @Autowired
    SignInFailures counts;

    @Test
    void failuresOnOneInstanceSlowTheGuesserOnAnother() {
        var policy = new IdentityProperties.SignInPolicy(5, Duration.ofMinutes(15), 20);
        var first = new SignInThrottle(policy, Clock.systemUTC(), counts);
        var second = new SignInThrottle(policy, Clock.systemUTC(), counts);
        String address = "192.0.2." + (UUID.randomUUID().hashCode() & 0xff) + "-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(first.tryAttempt("ali", address)).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(second.tryAttempt("ali", address)).isTrue();
        }
        assertThat(second.tryAttempt("ali", address)).as("the sixth attempt, wherever it arrives").isFalse();
        assertThat(new SignInThrottle(policy, Clock.systemUTC(), counts).tryAttempt("ali", address))
                .as("after a restart").isFalse();
        assertThat(first.tryAttempt("ali", "198.51.100.7-" + UUID.randomUUID())).as("from another address").isTrue();
    }
}
