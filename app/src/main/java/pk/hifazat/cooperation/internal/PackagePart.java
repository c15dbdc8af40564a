package pk.hifazat.cooperation.internal;

/** The parts of a case an officer may put in a package for a partner; what is not chosen is named as left out. */
enum PackagePart {
    /** Title, status, district, unit, date opened, offences. */
    SUMMARY,
    /** Persons by role; a child only by pseudonym, age and nationality. */
    PERSONS,
    /** The identifiers (phones, accounts, e-mails…) of persons other than victims. */
    IDENTIFIERS,
    /** The case's events, oldest first. */
    TIMELINE,
    /** Seized items, their files' SHA-256 hashes and their chain of custody. */
    EVIDENCE
}
