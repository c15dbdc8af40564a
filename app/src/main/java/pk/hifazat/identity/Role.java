package pk.hifazat.identity;

/** The roles of the people who use Hifazat (see the product brief). */
public enum Role {
    INTAKE_ANALYST, DISTRICT_OFFICER, SUPERVISOR, CPB_CASEWORKER, HASH_CURATOR, AUDITOR, ADMINISTRATOR;

    /** The authority Spring Security checks, for example {@code ROLE_SUPERVISOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
