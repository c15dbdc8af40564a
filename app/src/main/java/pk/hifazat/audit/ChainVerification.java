package pk.hifazat.audit;

/**
 * The result of checking the audit log's hash chain from its first entry, and against the
 * checkpoints exported outside the database.
 *
 * @param entriesChecked     how many entries were read
 * @param checkpointsMatched how many checkpoints the entries matched
 * @param firstBroken        the sequence number of the first entry that does not fit the chain, or -1
 * @param problem            what is wrong with it
 */
public record ChainVerification(long entriesChecked, long checkpointsMatched, long firstBroken, Problem problem) {

    public enum Problem {
        NONE("the chain is intact"),
        MISSING("the entry is missing"),
        LINK("its link to the previous entry does not match: an entry before it was removed or changed"),
        CHANGED("its content does not match its hash: the entry was changed"),
        TAIL("the newest entries are missing"),
        CHECKPOINT("it does not match the checkpoint exported for it: the chain was rewritten up to this entry"),
        CHECKPOINT_SIGNATURE("the checkpoint exported for it is not signed with this installation's audit key: the "
                + "checkpoint file was changed or belongs to another installation, or the key was replaced");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static ChainVerification intact(long entriesChecked, long checkpointsMatched) {
        return new ChainVerification(entriesChecked, checkpointsMatched, -1, Problem.NONE);
    }

    public boolean isIntact() {
        return problem == Problem.NONE;
    }
}
