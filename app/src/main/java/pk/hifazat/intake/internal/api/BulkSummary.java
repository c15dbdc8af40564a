package pk.hifazat.intake.internal.api;

/** The last line of a bulk answer: present only when the whole file was read and answered. */
record BulkSummary(Totals summary) {

    record Totals(long lines, long accepted, long duplicates, long rejected) {
    }
}
