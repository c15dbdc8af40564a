package pk.hifazat.statistics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of statistics.
 *
 * @param publicThreshold the smallest count the public report shows as a number: every count from 1
 *                        up to one less is shown as "&lt;threshold"
 * @param maxDays         the longest period a dashboard or export covers, in days
 */
@ConfigurationProperties("hifazat.statistics")
public record StatisticsProperties(@DefaultValue("5") int publicThreshold, @DefaultValue("3660") int maxDays) {

    public StatisticsProperties {
        if (publicThreshold < 2 || publicThreshold > 50) {
            throw new IllegalArgumentException("hifazat.statistics.public-threshold must be between 2 and 50");
        }
        if (maxDays < 31 || maxDays > 36_600) {
            throw new IllegalArgumentException("hifazat.statistics.max-days must be between 31 and 36600");
        }
    }
}
