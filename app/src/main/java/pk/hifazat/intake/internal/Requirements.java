package pk.hifazat.intake.internal;

/** What a report must contain depends on who sends it. */
enum Requirements {
    /** From a reporting organisation: its own report id, the incident type and time. */
    INDUSTRY_REPORT,
    /** From the public: anything that says something (a description, a person or a file). */
    PUBLIC_TIP,
    /** Added later to a report by its reporter: anything that says something. */
    ADDITION
}
