package pk.hifazat.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How work that follows a report's path to its queue waits for that path ({@link Precedence}).
 *
 * @param lull     how long the path must have been idle before following work starts
 *                 ({@code HIFAZAT_FOLLOWING_LULL})
 * @param patience the longest following work waits for a lull; after it, it runs beside the path
 *                 ({@code HIFAZAT_FOLLOWING_PATIENCE}): during a flood, networks and statistics are at most
 *                 this far behind, plus their own work
 */
@ConfigurationProperties("hifazat.following")
public record FollowingProperties(@DefaultValue("300ms") Duration lull, @DefaultValue("10m") Duration patience) {

    public FollowingProperties {
        if (lull.isNegative() || patience.isNegative()) {
            throw new IllegalArgumentException(
                    "HIFAZAT_FOLLOWING_LULL and HIFAZAT_FOLLOWING_PATIENCE (hifazat.following.*) must not be negative");
        }
    }
}
