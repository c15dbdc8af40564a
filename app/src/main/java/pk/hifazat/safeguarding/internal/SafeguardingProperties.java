package pk.hifazat.safeguarding.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of safeguarding.
 *
 * @param maxPhotoSize        the largest photograph of a child that may be uploaded
 * @param revealReasonLength  the fewest characters a reason to reveal a child's details must have
 * @param longestWaiting      how many children a case's overview names for each step, longest waiting first
 */
@ConfigurationProperties("hifazat.safeguarding")
public record SafeguardingProperties(@DefaultValue("5MB") DataSize maxPhotoSize,
                                     @DefaultValue("10") int revealReasonLength,
                                     @DefaultValue("3") int longestWaiting) {

    public SafeguardingProperties {
        if (maxPhotoSize == null || maxPhotoSize.toBytes() < 1024 || maxPhotoSize.toMegabytes() > 20) {
            throw new IllegalArgumentException("hifazat.safeguarding.max-photo-size must be between 1KB and 20MB");
        }
        if (revealReasonLength < 1 || revealReasonLength > 200) {
            throw new IllegalArgumentException("hifazat.safeguarding.reveal-reason-length must be between 1 and 200");
        }
        if (longestWaiting < 1 || longestWaiting > 20) {
            throw new IllegalArgumentException("hifazat.safeguarding.longest-waiting must be between 1 and 20");
        }
    }
}
