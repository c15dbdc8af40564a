package pk.hifazat.cases;

/** Where a case stands. The names are stored: never rename one. */
public enum CaseStatus {
    INTAKE, INVESTIGATING, ACTION, PROSECUTION, CLOSED
}
