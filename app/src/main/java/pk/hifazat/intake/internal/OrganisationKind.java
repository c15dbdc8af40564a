package pk.hifazat.intake.internal;

/** Who sends industry reports. */
public enum OrganisationKind {
    PLATFORM, NCMEC, PARTNER_AGENCY
}
