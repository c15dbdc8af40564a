package pk.hifazat.identifiers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * International bank account numbers (ISO 13616), as Pakistani banks print them since 2014:
 * spaces removed, upper-cased, and their two check digits verified (mod 97), which catches any one
 * mistyped character and almost every swap of two.
 */
final class Ibans {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Ibans() {
    }

    static Optional<String> normalise(String written) {
        String iban = SPACES.matcher(written).replaceAll("").toUpperCase(Locale.ROOT);
        if (!FORM.matcher(iban).matches()) {
            return Optional.empty();
        }
        int checkDigits = Integer.parseInt(iban, 2, 4, 10);
        // 00, 01 and 99 pass the mod-97 test but are never issued.
        if (checkDigits < 2 || checkDigits > 98 || remainder(iban) != 1) {
            return Optional.empty();
        }
        return Optional.of(iban);
    }

    /** The IBAN mod 97, read with its first four characters moved to the end and letters as 10 to 35. */
    private static int remainder(String iban) {
        int remainder = 0;
        for (int i = 0; i < iban.length(); i++) {
            int value = Character.digit(iban.charAt((i + 4) % iban.length()), 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }
}
