package pk.hifazat.intake;

/**
 * The coarse status a reporter may see with their receipt code. It says nothing about what the
 * agency found or did: anything finer would tell a suspect who got hold of a receipt too much.
 */
public enum ReportStatus {
    RECEIVED, UNDER_REVIEW, CLOSED
}
