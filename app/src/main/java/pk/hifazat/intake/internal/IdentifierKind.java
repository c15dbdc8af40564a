package pk.hifazat.intake.internal;

/** The kinds of identifier a report names, each normalised so that equal ones link reports. */
enum IdentifierKind {
    PHONE, EMAIL, USERNAME, USER_ID, PROFILE_URL, IP, DEVICE_ID
}
