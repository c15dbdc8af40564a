package pk.hifazat.intake;

/** Where a report came from. */
public enum ReportSource {
    /** A member of the public, through the web form, with or without contact details. */
    PUBLIC,
    /** A reporting organisation (platform, NCMEC, partner agency) through the API. */
    INDUSTRY
}
