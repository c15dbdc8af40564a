package pk.hifazat.triage.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.IdentifierCountry;
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
                .map(AbroadPlace::countryOf)
                .flatMap(Optional::stream)
                .filter(c -> !PAKISTAN.equals(c))
                .findFirst();
    }

    private static Optional<String> countryOf(ReportedIdentifier named) {
        return IdentifierCountry.of(named.identifier().kind(), named.identifier().value());
    }
}
