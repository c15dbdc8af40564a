package pk.hifazat.audit;

/**
 * The result of checking the audit log's hash chain from its first entry.
 *
 * @param entriesChecked how many entries were read
 * @param firstBroken    the sequence number of the first entry that does not fit the chain, or -1
 * @param problem        what is wrong with it
 */
public record ChainVerification(long entriesChecked, long firstBroken, Problem problem) {

    public enum Problem {
        NONE("the chain is intact"),
        MISSING("the entry is missing"),
        LINK("its link to the previous entry does not match: an entry before it was removed or changed"),
        CHANGED("its content does not match its hash: the entry was changed"),
        TAIL("the newest entries are missing");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(entriesChecked, -1, Problem.NONE);
    }

    public boolean isIntact() {
        return problem == Problem.NONE;
    }
}
