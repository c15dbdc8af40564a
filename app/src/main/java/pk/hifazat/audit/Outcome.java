package pk.hifazat.audit;

/** What became of the attempt an audit entry records. */
public enum Outcome {
    /** The action was allowed and done. */
    DONE,
    /** The action was refused, for example outside the user's jurisdiction. */
    REFUSED,
    /** The action was attempted and failed, for example a wrong password. */
    FAILED
}
