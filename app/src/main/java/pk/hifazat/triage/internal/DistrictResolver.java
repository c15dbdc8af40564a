package pk.hifazat.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportedIdentifier;
import pk.hifazat.intake.Victim;

/**
 * Finds a report's own district, first rule that applies: the district the reporter chose; one
 * named in the location hint or the text (either script); a Pakistani landline's area code; the
 * coordinates. Mobile numbers say nothing about a district. The district of linked reports is the
 * cluster's business ({@link ClusterDecisions}).
 */
@Component
class DistrictResolver {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private final Districts districts;
    private final TriageProperties properties;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();

    DistrictResolver(Districts districts, TriageProperties properties) {
        this.districts = districts;
        this.properties = properties;
    }

    DistrictResolution resolve(IncomingReport report) {
        List<ReportContent> contents = contents(report);
        return chosen(contents)
                .or(() -> named(contents))
                .or(() -> areaCode(report.identifiers()))
                .or(() -> coordinates(contents))
                .orElseGet(DistrictResolution::unresolved);
    }

    private Optional<DistrictResolution> chosen(List<ReportContent> contents) {
        return contents.stream().map(ReportContent::location).filter(Objects::nonNull)
                .map(LocationHint::district).filter(DistrictResolver::given)
                .flatMap(name -> districts.find(name).stream())
                .findFirst()
                .map(d -> new DistrictResolution(d.code(), DistrictRule.CHOSEN, null));
    }

    private Optional<DistrictResolution> named(List<ReportContent> contents) {
        return contents.stream().flatMap(DistrictResolver::placeTexts).filter(DistrictResolver::given)
                .flatMap(text -> districts.find(text).stream())
                .findFirst()
                .map(d -> new DistrictResolution(d.code(), DistrictRule.NAMED, null));
    }

    /** Where a report says a place, most specific first: its location hint, then the people, then the free text. */
    private static Stream<String> placeTexts(ReportContent content) {
        List<String> texts = new ArrayList<>();
        if (content.location() != null) {
            texts.add(content.location().place());
        }
        content.victims().stream().map(Victim::location).forEach(texts::add);
        content.victims().stream().map(Victim::known).forEach(texts::add);
        content.persons().stream().map(Person::estimatedLocation).forEach(texts::add);
        content.persons().stream().map(Person::details).forEach(texts::add);
        texts.add(content.description());
        texts.add(content.escalation());
        texts.add(content.incidentTimeDescription());
        return texts.stream();
    }

    private Optional<DistrictResolution> areaCode(List<ReportedIdentifier> identifiers) {
        for (ReportedIdentifier named : identifiers) {
            if (named.identifier().kind() != IdentifierKind.PHONE) {
                continue;
            }
            Optional<PhoneNumber> landline = pakistaniLandline(named.identifier().value());
            if (landline.isPresent()) {
                String area = geocoder.getDescriptionForNumber(landline.get(), Locale.ENGLISH);
                Optional<District> district = given(area) ? districts.find(area) : Optional.empty();
                if (district.isPresent()) {
                    return Optional.of(new DistrictResolution(district.get().code(), DistrictRule.AREA_CODE, area));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<PhoneNumber> pakistaniLandline(String e164) {
        try {
            PhoneNumber number = phones.parse(e164, "PK");
            return number.getCountryCode() == 92 && phones.getNumberType(number) == PhoneNumberType.FIXED_LINE
                    ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private Optional<DistrictResolution> coordinates(List<ReportContent> contents) {
        return contents.stream().map(ReportContent::location).filter(Objects::nonNull)
                .filter(l -> l.latitude() != null && l.longitude() != null)
                .findFirst()
                .flatMap(l -> nearest(l.latitude(), l.longitude()));
    }

    /**
     * The district whose centre is nearest, if within the configured distance: Pakistan's districts
     * are mostly 30–80 km across, so a point farther than that from every centre is more likely
     * abroad or mistyped than in the nearest district.
     */
    Optional<DistrictResolution> nearest(double latitude, double longitude) {
        return districts.all().stream()
                .filter(d -> d.latitude() != null && d.longitude() != null)
                .map(d -> new Candidate(d, kilometres(latitude, longitude, d.latitude(), d.longitude())))
                .min(Comparator.comparingDouble(Candidate::km))
                .filter(c -> c.km() <= properties.coordinatesWithinKm())
                .map(c -> new DistrictResolution(c.district().code(), DistrictRule.COORDINATES,
                        Math.round(c.km()) + " km"));
    }

    private record Candidate(District district, double km) {
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    static List<ReportContent> contents(IncomingReport report) {
        List<ReportContent> contents = new ArrayList<>();
        contents.add(report.content());
        report.additions().forEach(a -> contents.add(a.content()));
        return contents;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
