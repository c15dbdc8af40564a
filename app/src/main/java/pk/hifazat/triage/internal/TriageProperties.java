package pk.hifazat.triage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of triage.
 *
 * @param escalateAfter      how long a P1 may wait unclaimed before it is escalated to the zone's supervisor
 * @param escalationCheck    how often unclaimed P1 items are looked for
 * @param retriageBatch      open reports scored again per transaction after a rule change
 * @param coordinatesWithinKm the farthest a reported point may be from a district's centre to be placed in it
 * @param pageSize           queue items per page
 */
@ConfigurationProperties("hifazat.triage")
record TriageProperties(@DefaultValue("1h") Duration escalateAfter,
                        @DefaultValue("1m") Duration escalationCheck,
                        @DefaultValue("5000") int retriageBatch,
                        @DefaultValue("60") int coordinatesWithinKm,
                        @DefaultValue("50") int pageSize) {

    TriageProperties {
        if (escalateAfter.isNegative() || escalateAfter.isZero()) {
            throw new IllegalArgumentException("hifazat.triage.escalate-after must be longer than zero");
        }
        if (escalationCheck.toSeconds() < 1) {
            throw new IllegalArgumentException("hifazat.triage.escalation-check must be at least 1s");
        }
        if (retriageBatch < 100 || retriageBatch > 50_000) {
            throw new IllegalArgumentException("hifazat.triage.retriage-batch must be between 100 and 50000");
        }
        if (coordinatesWithinKm < 1 || coordinatesWithinKm > 500) {
            throw new IllegalArgumentException("hifazat.triage.coordinates-within-km must be between 1 and 500");
        }
        if (pageSize < 5 || pageSize > 500) {
            throw new IllegalArgumentException("hifazat.triage.page-size must be between 5 and 500");
        }
    }
}
