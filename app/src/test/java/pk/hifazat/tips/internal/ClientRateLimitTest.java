package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.database.RateWindows;

/** The fixed windows per client, in the shared database, on a clock the test moves. */
@HifazatTest
class ClientRateLimitTest {

    @Autowired
    RateWindows windows;

    private final String scope = "TIPS";
    private final String a = "10.0." + UUID.randomUUID();
    private final String b = "10.1." + UUID.randomUUID();

    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowHasPassed() {
        var limit = new ClientRateLimit(scope, 3, Duration.ofMinutes(10), clock, windows);
        assertThat(limit.tryAcquire(a)).isTrue();
        assertThat(limit.tryAcquire(a)).isTrue();
        assertThat(limit.tryAcquire(a)).isTrue();
        assertThat(limit.tryAcquire(a)).isFalse();
        assertThat(limit.tryAcquire(b)).as("another client has its own count").isTrue();

        now = now.plus(Duration.ofMinutes(10));
        assertThat(limit.tryAcquire(a)).isTrue();
    }

    @Test
    void saysHowLongARefusedClientWaitsInWholeSecondsRoundedUp() {
        var limit = new ClientRateLimit(scope, 1, Duration.ofMinutes(10), clock, windows);
        assertThat(limit.tryAcquire(a)).isTrue();
        now = now.plus(Duration.ofMinutes(4)).plusMillis(500);
        assertThat(limit.tryAcquire(a)).isFalse();

        assertThat(limit.retryAfter(a)).as("5 min 59.5 s left").isEqualTo(Duration.ofSeconds(360));
        now = now.plus(Duration.ofSeconds(359)).plusMillis(400);
        assertThat(limit.retryAfter(a)).as("0.1 s left").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void twoInstancesCountAClientTogether() {
        var here = new ClientRateLimit(scope, 2, Duration.ofMinutes(10), clock, windows);
        var there = new ClientRateLimit(scope, 2, Duration.ofMinutes(10), clock, windows);
        assertThat(here.tryAcquire(a)).isTrue();
        assertThat(there.tryAcquire(a)).isTrue();
        assertThat(here.allows(a)).isFalse();
        assertThat(there.tryAcquire(a)).isFalse();
    }
}
