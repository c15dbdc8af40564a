package pk.hifazat.safeguarding.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Reading what staff typed into safeguarding's forms: each failure names the field. */
final class Fields {

    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private Fields() {
    }

    /** Trimmed text, or null when blank and not required. */
    static String text(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            throw SafeguardingInputException.input(field, "safeguarding.input.required");
        }
        if (text.length() > max) {
            throw SafeguardingInputException.input(field, "safeguarding.input.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SafeguardingInputException.input(field, "safeguarding.input.choice", value == null ? "" : value);
        }
    }

    static UUID id(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw SafeguardingInputException.input(field, "safeguarding.input.unknown", value == null ? "" : value);
        }
    }

    /** A date that is not in the future (Pakistan's today). */
    static LocalDate pastDate(String value, String field, LocalDate today) {
        LocalDate date = date(value, field);
        if (date.isAfter(today)) {
            throw SafeguardingInputException.input(field, "safeguarding.input.future");
        }
        return date;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw SafeguardingInputException.input(field, "safeguarding.input.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SafeguardingInputException.input(field, "safeguarding.input.date", value);
        }
    }

    /** A moment as a page's datetime-local sends it (Pakistan time), or an ISO instant from the API. */
    static Instant moment(String value, String field) {
        if (value == null || value.isBlank()) {
            throw SafeguardingInputException.input(field, "safeguarding.input.required");
        }
        String text = value.strip();
        try {
            return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).atZone(PAKISTAN).toInstant();
        } catch (DateTimeParseException e) {
            throw SafeguardingInputException.input(field, "safeguarding.input.date", value);
        }
    }
}
