package pk.hifazat.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an auditor looks for: each filter blank when unused. Dates are whole days in Pakistan time,
 * both included; {@code before} is the sequence number below which the page starts (keyset paging).
 */
record AuditSearch(String actor, String action, String record, String receipt, String from, String to, Long before) {

    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    AuditSearch {
        actor = blankIfNull(actor);
        action = blankIfNull(action).toUpperCase(java.util.Locale.ROOT);
        record = blankIfNull(record);
        receipt = blankIfNull(receipt);
        from = blankIfNull(from);
        to = blankIfNull(to);
    }

    AuditSearch olderThan(long seq) {
        return new AuditSearch(actor, action, record, receipt, from, to, seq);
    }

    /** The first day's start, when the field holds a date; empty when blank. Throws for a malformed date. */
    Optional<java.time.Instant> fromInstant() {
        return day(from).map(d -> d.atStartOfDay(PAKISTAN).toInstant());
    }

    /** The start of the day after the last one. */
    Optional<java.time.Instant> untilInstant() {
        return day(to).map(d -> d.plusDays(1).atStartOfDay(PAKISTAN).toInstant());
    }

    boolean datesAreValid() {
        try {
            fromInstant();
            untilInstant();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The filters in use, for the audit entry that records this search and for the paging links. */
    Map<String, String> inUse() {
        var used = new LinkedHashMap<String, String>();
        put(used, "actor", actor);
        put(used, "action", action);
        put(used, "record", record);
        put(used, "receipt", receipt);
        put(used, "from", from);
        put(used, "to", to);
        return used;
    }

    private static void put(Map<String, String> used, String name, String value) {
        if (!value.isEmpty()) {
            used.put(name, value);
        }
    }

    private static Optional<LocalDate> day(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
