package pk.hifazat.cooperation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of international cooperation.
 *
 * @param agencyName the sender named at the head of every case package
 * @param dueDays    the answer date a new request's form proposes, in days from today
 * @param listLimit  the most requests a list shows (newest first)
 */
@ConfigurationProperties("hifazat.cooperation")
public record CooperationProperties(@DefaultValue("National Cyber Crimes Investigation Agency (NCCIA), Pakistan") String agencyName,
                             @DefaultValue("30") int dueDays,
                             @DefaultValue("200") int listLimit) {

    public CooperationProperties {
        if (agencyName == null || agencyName.isBlank() || agencyName.length() > 120) {
            throw new IllegalArgumentException("hifazat.cooperation.agency-name must be 1 to 120 characters");
        }
        if (dueDays < 1 || dueDays > 365) {
            throw new IllegalArgumentException("hifazat.cooperation.due-days must be 1 to 365, not " + dueDays);
        }
        if (listLimit < 1) {
            throw new IllegalArgumentException("hifazat.cooperation.list-limit must be at least 1, not " + listLimit);
        }
    }
}
