package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

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
        var limit = new ClientRateLimit(3, Duration.ofMinutes(10), clock);
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client has its own count").isTrue();

        now = now.plus(Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void saysHowLongARefusedClientWaitsInWholeSecondsRoundedUp() {
        var limit = new ClientRateLimit(1, Duration.ofMinutes(10), clock);
        assertThat(limit.tryAcquire("10.0.0.3")).isTrue();
        now = now.plus(Duration.ofMinutes(4)).plusMillis(500);
        assertThat(limit.tryAcquire("10.0.0.3")).isFalse();

        assertThat(limit.retryAfter("10.0.0.3")).as("5 min 59.5 s left").isEqualTo(Duration.ofSeconds(360));
        now = now.plus(Duration.ofSeconds(359)).plusMillis(400);
        assertThat(limit.retryAfter("10.0.0.3")).as("0.1 s left").isEqualTo(Duration.ofSeconds(1));
    }
}
