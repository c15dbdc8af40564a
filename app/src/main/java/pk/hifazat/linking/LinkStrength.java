package pk.hifazat.linking;

/** How much a shared identifier says about two reports being about the same people. */
public enum LinkStrength {
    /** Joins clusters: a phone number, e-mail address, account, profile URL, device id, wallet, file. */
    STRONG,
    /** Shown as a possible link, never joins clusters by itself: an IP address, the same handle on another platform. */
    WEAK,
    /** Marked by an analyst as shared by strangers (a support address, a test number): joins nothing. */
    NOISE
}
