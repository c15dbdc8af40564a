package pk.hifazat.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.database.RateWindows;
import pk.hifazat.intake.OrganisationId;

/** An organisation's lookups are counted together by every instance, in windows of a minute. */
@HifazatTest
class LookupAllowanceTest {

    @Autowired
    RateWindows windows;

    @Autowired
    MediaProperties properties;

    @Test
    void twoInstancesShareAnOrganisationsMinuteAndTheNextMinuteStartsAfresh() {
        var organisation = new OrganisationId(UUID.randomUUID());
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        var here = new LookupAllowance(properties, Clock.fixed(start, ZoneOffset.UTC), windows);
        var there = new LookupAllowance(properties, Clock.fixed(start.plusSeconds(20), ZoneOffset.UTC), windows);
        for (int i = 0; i < properties.lookupsPerMinute(); i++) {
            assertThat((i % 2 == 0 ? here : there).take(organisation)).isZero();
        }
        assertThat(there.take(organisation)).as("seconds to wait, 40 left in the minute").isEqualTo(40);
        var later = new LookupAllowance(properties, Clock.fixed(start.plusSeconds(61), ZoneOffset.UTC), windows);
        assertThat(later.take(organisation)).isZero();
    }
}
