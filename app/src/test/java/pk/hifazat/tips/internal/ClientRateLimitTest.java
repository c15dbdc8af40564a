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
}
