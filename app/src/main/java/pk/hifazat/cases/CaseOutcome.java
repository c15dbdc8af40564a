package pk.hifazat.cases;

/** How a closed case ended. The names are stored: never rename one. */
public enum CaseOutcome {
    CONVICTED, ACQUITTED, WITHDRAWN, TRANSFERRED
}
