package pk.hifazat.intake;

/** What the reporter says the whole report is about, beyond its incident type. */
public enum ReportAnnotation {
    SEXTORTION,
    CSAM_SOLICITATION,
    MINOR_TO_MINOR_INTERACTION,
    SPAM,
    SADISTIC_ONLINE_EXPLOITATION,
    GROOMING,
    LIVE_STREAMING,
    GENERATIVE_AI,
    /** A member of the public says a child is in danger now. */
    CHILD_IN_DANGER_NOW,
    ABDUCTION_OR_MISSING_CHILD,
    CHILD_MARRIAGE,
    /** A member of the public said it was none of the kinds offered: the desk still shows what they chose. */
    SOMETHING_ELSE
}
