package pk.hifazat.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The country an identifier points to, as triage (a report about someone abroad) and networks (a
 * node's flag) both ask: a phone number's calling code, or an e-mail address's country domain
 * ({@code .de}; {@code .com} and the two-letter domains used as generic ones say nothing).
 *
 * <p>A normal phone number is E.164, so a Pakistani one ({@code +92…}) is known by its first three
 * characters; only others are parsed, which is what costs (a country code such as {@code +1} is
 * shared by several countries, and only the number's area says which).
 */
public final class IdentifierCountry {

    private static final String PAKISTAN = "PK";
    private static final Set<String> GENERIC_DOMAINS = Set.of("AI", "AM", "CC", "CO", "FM", "GG", "IO", "LY", "ME", "TO",
            "TV", "WS");

    private IdentifierCountry() {
    }

    /** ISO 3166-1 alpha-2 of the country of a normal identifier's value; empty when it says none. */
    public static Optional<String> of(IdentifierKind kind, String value) {
        return switch (kind) {
            case PHONE -> phone(value);
            case EMAIL -> email(value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> phone(String value) {
        if (value.startsWith("+92")) {
            return Optional.of(PAKISTAN);
        }
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            String region = phones.getRegionCodeForNumber(phones.parse(value, PAKISTAN));
            return region == null || region.length() != 2 || "ZZ".equals(region) ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> email(String value) {
        int dot = value.lastIndexOf('.');
        String domain = dot < 0 ? "" : value.substring(dot + 1).toUpperCase(Locale.ROOT);
        if (domain.length() != 2 || GENERIC_DOMAINS.contains(domain)) {
            return Optional.empty();
        }
        return Optional.of("UK".equals(domain) ? "GB" : domain);
    }
}
