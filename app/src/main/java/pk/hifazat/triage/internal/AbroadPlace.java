package pk.hifazat.triage.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.ReportedIdentifier;

/**
 * Whether a report points abroad, for the cooperation desk: a location in another country, or a
 * reported person's phone number or e-mail address of another country (a country-code top-level
 * domain such as {@code .de}; {@code .com} says nothing). The first country found is kept.
 */
@Component
class AbroadPlace {

    private static final String PAKISTAN = "PK";
    /** Top-level domains of two letters that are used as generic ones and name no country's people. */
    private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of("io", "co", "me", "tv", "ai", "app", "cc", "ws", "fm", "gg", "ly");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    Optional<String> countryOf(IncomingReport report) {
        Optional<String> located = DistrictResolver.contents(report).stream()
                .map(c -> c.location()).filter(Objects::nonNull).map(LocationHint::country)
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !PAKISTAN.equals(c))
                .findFirst();
        if (located.isPresent()) {
            return located;
        }
        return report.identifiers().stream()
                .filter(i -> i.role() == IdentifierRole.REPORTED_PERSON)
                .map(this::countryOf)
                .flatMap(Optional::stream)
                .filter(c -> !PAKISTAN.equals(c))
                .findFirst();
    }

    private Optional<String> countryOf(ReportedIdentifier named) {
        String value = named.identifier().value();
        if (named.identifier().kind() == IdentifierKind.PHONE) {
            try {
                return Optional.ofNullable(phones.getRegionCodeForNumber(phones.parse(value, PAKISTAN)))
                        .filter(region -> region.length() == 2);
            } catch (NumberParseException e) {
                return Optional.empty();
            }
        }
        if (named.identifier().kind() == IdentifierKind.EMAIL) {
            String domain = value.substring(value.lastIndexOf('.') + 1);
            return domain.length() == 2 && !GENERIC_COUNTRY_DOMAINS.contains(domain)
                    ? Optional.of(domain.toUpperCase(Locale.ROOT).replace("UK", "GB")) : Optional.empty();
        }
        return Optional.empty();
    }
}
