package pk.hifazat.safeguarding;

/** Why a child's safeguarding record was closed. Stored by name: never rename one. */
public enum ClosingReason {
    REHABILITATED, REUNITED_WITH_FAMILY, LONG_TERM_CARE, TRANSFERRED, TURNED_ADULT, NOT_A_VICTIM
}
