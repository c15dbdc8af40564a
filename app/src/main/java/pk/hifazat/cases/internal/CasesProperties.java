package pk.hifazat.cases.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cases.
 *
 * @param agency               the first part of every case number ({@code NCCIA}-MZG-2026-0042)
 * @param preservationDays     how long a platform keeps data after a preservation request
 * @param preservationWarnDays when a preservation task starts to warn, counted from the request
 * @param pageEvents           the newest timeline events a case page shows (all are one link away)
 * @param pageEvidence         the newest evidence items a case page shows (all are one link away)
 * @param personReports        the most reports a person's page lists for each of their identifiers
 */
@ConfigurationProperties("hifazat.cases")
public record CasesProperties(@DefaultValue("NCCIA") String agency,
                              @DefaultValue("90") int preservationDays,
                              @DefaultValue("75") int preservationWarnDays,
                              @DefaultValue("50") int pageEvents,
                              @DefaultValue("50") int pageEvidence,
                              @DefaultValue("50") int personReports) {

    public CasesProperties {
        if (agency == null || !agency.matches("[A-Z]{2,10}")) {
            throw new IllegalArgumentException("hifazat.cases.agency must be 2 to 10 capital letters, not " + agency);
        }
        if (preservationDays < 1 || preservationWarnDays < 1 || preservationWarnDays >= preservationDays) {
            throw new IllegalArgumentException(
                    "hifazat.cases.preservation-warn-days must be at least 1 and less than hifazat.cases.preservation-days");
        }
        if (pageEvents < 1 || pageEvidence < 1 || personReports < 1) {
            throw new IllegalArgumentException(
                    "hifazat.cases.page-events, page-evidence and person-reports must be at least 1");
        }
    }
}
