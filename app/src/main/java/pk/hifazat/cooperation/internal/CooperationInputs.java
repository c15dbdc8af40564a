package pk.hifazat.cooperation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reading what officers typed: each failure names the field. */
final class CooperationInputs {

    private CooperationInputs() {
    }

    static String text(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new RequestInputException(field, "cooperation.input.required");
            }
            return null;
        }
        if (text.length() > max) {
            throw new RequestInputException(field, "cooperation.input.tooLong", max);
        }
        return text;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RequestInputException(field, "cooperation.input.choice", value == null ? "" : value);
        }
    }

    /** A day as a date field sends it; {@code otherwise} when none was given (null: required). */
    static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new RequestInputException(field, "cooperation.input.required");
            }
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RequestInputException(field, "cooperation.input.date", value);
        }
    }

    /** An ISO 3166-1 alpha-2 country code other than Pakistan's, upper-cased. */
    static String country(String value, String field) {
        String code = text(value, field, 2, true).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || code.equals("PK") || !java.util.Set.of(Locale.getISOCountries()).contains(code)) {
            throw new RequestInputException(field, "cooperation.input.country", value);
        }
        return code;
    }
}
