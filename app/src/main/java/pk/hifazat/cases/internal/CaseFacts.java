package pk.hifazat.cases.internal;

/** What the guards of a case's status transitions look at. */
record CaseFacts(boolean hasLeadOfficer, int offences, int suspects, int chargedSuspects, boolean convictionRecorded,
                 boolean acquittalRecorded) {
}
