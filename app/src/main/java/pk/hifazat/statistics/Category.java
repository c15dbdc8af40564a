package pk.hifazat.statistics;

/**
 * What a report or case is counted as: the kinds of Sahil's annual "Cruel Numbers" report, then the
 * kinds of online exploitation. Stored by name: never rename one.
 */
public enum Category {
    CHILD_SEXUAL_ABUSE(Group.CRUEL_NUMBERS),
    ABDUCTION(Group.CRUEL_NUMBERS),
    MISSING_CHILDREN(Group.CRUEL_NUMBERS),
    CHILD_MARRIAGE(Group.CRUEL_NUMBERS),
    ABUSE_MATERIAL(Group.ONLINE_EXPLOITATION),
    GROOMING(Group.ONLINE_EXPLOITATION),
    SEXTORTION(Group.ONLINE_EXPLOITATION),
    LIVE_STREAMING(Group.ONLINE_EXPLOITATION),
    OTHER(Group.OTHER);

    /** The heading a category is reported under. */
    public enum Group {
        CRUEL_NUMBERS, ONLINE_EXPLOITATION, OTHER
    }

    private final Group group;

    Category(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
