package pk.hifazat.safeguarding.internal;

/** A child's identifying details, sealed at rest; any may be null. Never logged, never in an audit entry. */
record ChildDetails(String name, String parents, String address, String phone, String school) {

    /** The details as a log line or a debugger shows them: nothing. */
    @Override
    public String toString() {
        return "ChildDetails[sealed]";
    }
}
