package pk.hifazat.cooperation;

/** Which channel a request abroad goes through. Stored by name: never rename one. */
public enum CooperationKind {
    /** Through INTERPOL's National Central Bureau. */
    INTERPOL,
    /** Straight to a foreign police agency, for example Germany's Bundeskriminalamt. */
    FOREIGN_POLICE,
    /** A mutual-legal-assistance request, sent through the ministry. */
    MUTUAL_LEGAL_ASSISTANCE,
    /** A preservation or disclosure request to a platform abroad. */
    PLATFORM
}
