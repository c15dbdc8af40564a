package pk.hifazat.cases.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.UUID;

/** Reading what officers typed: each failure names the field. */
final class Inputs {

    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private Inputs() {
    }

    static String text(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new CaseInputException(field, "cases.input.required");
            }
            return null;
        }
        if (text.length() > max) {
            throw new CaseInputException(field, "cases.input.tooLong", max);
        }
        return text;
    }

    static UUID id(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new CaseInputException(field, "cases.input.unknown", value);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CaseInputException(field, "cases.input.choice", value == null ? "" : value);
        }
    }

    static LocalDate date(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new CaseInputException(field, "cases.input.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CaseInputException(field, "cases.input.date", value);
        }
    }

    /** A moment as a page's datetime-local sends it (Pakistan time), or an ISO instant from the API. */
    static Instant moment(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseInputException(field, "cases.input.required");
        }
        try {
            return value.strip().endsWith("Z") ? Instant.parse(value.strip())
                    : LocalDateTime.parse(value.strip()).atZone(PAKISTAN).toInstant();
        } catch (DateTimeParseException e) {
            throw new CaseInputException(field, "cases.input.date", value);
        }
    }
}
