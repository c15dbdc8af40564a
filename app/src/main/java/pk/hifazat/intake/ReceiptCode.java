package pk.hifazat.intake;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a reporter keeps to follow up a report, for example {@code HZ-7K4M-Q2XD}: eight symbols
 * of Crockford's base 32 (digits and capitals without I, L, O and U), 40 random bits from a
 * {@link SecureRandom}. Short enough to read out on the phone; unguessable only together with the
 * rate limit on the pages that accept one, since 40 bits alone can be walked by a patient script.
 *
 * <p>{@link #of} accepts what people actually type: lower case, spaces or no dashes, the prefix
 * left out, O for 0 and I or L for 1, and digits typed on an Urdu keyboard.
 */
public record ReceiptCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "HZ";
    private static final int SYMBOLS = 8;

    public ReceiptCode {
        Objects.requireNonNull(value, "a receipt code");
        if (!isCanonical(value)) {
            throw new IllegalArgumentException("A receipt code looks like HZ-7K4M-Q2XD");
        }
    }

    /** A new random code. */
    public static ReceiptCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(PREFIX.length() + SYMBOLS + 2).append(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** The code someone typed, normalised; fails when it cannot be one. */
    public static ReceiptCode of(String typed) {
        return parse(typed).orElseThrow(() -> new IllegalArgumentException("A receipt code looks like HZ-7K4M-Q2XD"));
    }

    /** The code someone typed, normalised, or empty when it cannot be one. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(SYMBOLS + PREFIX.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isSeparator(c)) {
                continue;
            }
            symbols.append(canonical(c));
        }
        String body = symbols.toString();
        if (body.length() == PREFIX.length() + SYMBOLS && body.startsWith(PREFIX)) {
            body = body.substring(PREFIX.length());
        }
        if (body.length() != SYMBOLS || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4)));
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '_' || c == '/' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static char canonical(char c) {
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        char upper = Character.toUpperCase(c);
        return switch (upper) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> upper;
        };
    }

    private static boolean isCanonical(String value) {
        if (value.length() != PREFIX.length() + SYMBOLS + 2 || !value.startsWith(PREFIX + "-") || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 3; i < value.length(); i++) {
            if (i != 7 && ALPHABET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
