package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new IdentityProperties.SignInPolicy(5, Duration.ofMinutes(15), 20), clock, new CountsInMemory());

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryAttempt(username, address)).as("attempt %d", i + 1).isTrue();
        }
    }

    @Test
    void theFirstFailuresAreFreeAndThenEachAttemptWaitsTwiceAsLongAsTheOneBefore() {
        fail("ali", "10.0.0.1", 5);
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isTrue();
    }

    @Test
    void theWaitNeverExceedsTheLongestOne() {
        fail("ali", "10.0.0.1", 5);
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isTrue();
        }
    }

    @Test
    void anAttackFromOneAddressLeavesTheUserFreeToSignInFromAnother() {
        fail("admin", "203.0.113.9", 5);
        assertThat(throttle.tryAttempt("admin", "203.0.113.9")).isFalse();
        assertThat(throttle.tryAttempt("admin", "10.0.0.1")).isTrue();
    }

    @Test
    void theCountIsForgottenOnceTheLongestWaitPassesQuietly() {
        fail("ali", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(15));
        fail("ali", "10.0.0.1", 5);
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isFalse();
    }

    @Test
    void failuresAreForgottenOneAtATimeSoOccasionalMistakesNeverAddUp() {
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isTrue();
            clock.advance(Duration.ofMinutes(3));
        }
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedAfterTheAddressLimit() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("user" + i, "198.51.100.7")).isTrue();
        }
        assertThat(throttle.tryAttempt("someone.else", "198.51.100.7")).isFalse();
        assertThat(throttle.tryAttempt("someone.else", "198.51.100.8")).isTrue();
    }

    @Test
    void aSuccessClearsTheUsersCountAtThatAddressButNotTheAddressCount() {
        fail("ali", "10.0.0.1", 4);
        throttle.succeeded("ali", "10.0.0.1");
        fail("ali", "10.0.0.1", 5);
        assertThat(throttle.tryAttempt("ali", "10.0.0.1")).isFalse();
    }

    @Test
    void namesAreComparedIgnoringCaseAndSurroundingSpace() {
        fail("Ali", "10.0.0.1", 5);
        assertThat(throttle.tryAttempt(" ali ", "10.0.0.1")).isFalse();
    }

    @Test
    void theCountsStayFewWhateverIsTyped() {
        for (int i = 0; i < 50_000; i++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.tryAttempt("x".repeat(3_000) + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.remembered()).as("only the counts of the last few minutes").isLessThanOrEqualTo(1_000);
    }
}
