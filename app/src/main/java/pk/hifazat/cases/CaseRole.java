package pk.hifazat.cases;

/** A person's role in one case; the same person may hold another role in another case. Stored by name. */
public enum CaseRole {
    SUSPECT, VICTIM, GUARDIAN, WITNESS, COMPLAINANT, ASSOCIATE
}
