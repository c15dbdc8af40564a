package pk.hifazat.triage;

/** How urgent a report is: P1 a child may be in danger now … P4 nothing to act on. */
public enum Priority {
    P1, P2, P3, P4;

    public int level() {
        return ordinal() + 1;
    }

    public static Priority of(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("A priority is 1 to 4, not " + level);
        }
        return values()[level - 1];
    }
}
