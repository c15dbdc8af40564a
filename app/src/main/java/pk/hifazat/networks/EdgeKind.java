package pk.hifazat.networks;

/** How two nodes are related. */
public enum EdgeKind {
    /** A report names an identifier. */
    MENTIONS,
    /** A report carries a file whose hash this is. */
    MATCHED,
    /** A person or a child appears in a report or a case. */
    APPEARS_IN,
    /** A person uses an account, phone or e-mail address. */
    USES,
    /** Two nodes are one (a person confirmed across cases, a report merged into a case). */
    SAME_AS
}
