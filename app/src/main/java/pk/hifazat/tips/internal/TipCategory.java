package pk.hifazat.tips.internal;

/** What happened, in the plain words a member of the public would use; the first one is an emergency. */
enum TipCategory {
    CHILD_IN_DANGER_NOW,
    SEXUAL_ABUSE,
    ABUSE_MATERIAL_ONLINE,
    GROOMING_OR_BLACKMAIL,
    LIVE_STREAMING,
    ABDUCTION_OR_MISSING,
    CHILD_MARRIAGE,
    OTHER
}
