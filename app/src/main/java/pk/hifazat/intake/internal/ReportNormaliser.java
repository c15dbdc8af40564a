package pk.hifazat.intake.internal;

import static pk.hifazat.intake.internal.Violations.path;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.IpCapture;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.intake.Victim;

/**
 * Checks a report and brings every identifier to its normal form in one walk, naming the field of
 * each thing that is wrong. Pure and thread-safe: no database, so the bulk import runs it on every
 * line before it opens a transaction.
 */
@Component
class ReportNormaliser {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT_TEXT = 1_000;
    static final int MAX_ID = 200;
    static final int MAX_PERSONS = 100;
    static final int MAX_ACCOUNTS = 50;
    static final int MAX_IP_CAPTURES = 500;
    static final int MAX_DEVICE_IDS = 50;
    static final int MAX_FILES = 1_000;
    static final int MAX_VICTIMS = 100;
    static final int MAX_CHILD_AGE = 17;

    /** Clocks differ: an incident a few minutes "in the future" is a skewed clock, not a bad report. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final IdentifierNormaliser normaliser;
    private final Clock clock;

    ReportNormaliser(IdentifierNormaliser normaliser, Clock clock) {
        this.normaliser = normaliser;
        this.clock = clock;
    }

    NormalisedReport normalise(ReportContent report, ReporterContact contact, Requirements requirements) {
        return new Walk(requirements, clock.instant().plus(CLOCK_SKEW)).report(report, contact);
    }

    /** One report's walk: the violations and identifiers it collects. */
    private final class Walk {

        private final Requirements requirements;
        private final Instant latest;
        private final Violations violations = new Violations();
        private final List<ReportIdentifier> identifiers = new ArrayList<>(8);

        Walk(Requirements requirements, Instant latest) {
            this.requirements = requirements;
            this.latest = latest;
        }

        NormalisedReport report(ReportContent report, ReporterContact contact) {
            String externalId = text(report.externalReportId(), "externalReportId", MAX_ID);
            if (requirements == Requirements.INDUSTRY_REPORT) {
                required(externalId, "externalReportId");
                required(report.incidentType(), "incidentType");
                required(report.incidentTime(), "incidentTime");
            } else if (externalId != null) {
                violations.add("externalReportId", "notAllowed", "only reporting organisations give their own report id");
            }
            Instant incidentTime = notInFuture(report.incidentTime(), "incidentTime");
            String description = text(report.description(), "description", MAX_TEXT);
            List<Person> persons = list(report.persons(), "persons", MAX_PERSONS,
                    (person, at) -> person(person, at, IdentifierRole.REPORTED_PERSON));
            List<Person> recipients = list(report.intendedRecipients(), "intendedRecipients", MAX_PERSONS,
                    (person, at) -> person(person, at, IdentifierRole.INTENDED_RECIPIENT));
            List<MediaFile> files = list(report.files(), "files", MAX_FILES, this::file);
            List<Victim> victims = list(report.victims(), "victims", MAX_VICTIMS, this::victim);
            if (requirements != Requirements.INDUSTRY_REPORT && description == null && persons.isEmpty()
                    && files.isEmpty() && victims.isEmpty() && recipients.isEmpty()) {
                violations.add("description", "empty", "say what happened, or name a person or a file");
            }
            ReportContent normalised = new ReportContent(externalId, report.incidentType(), incidentTime,
                    text(report.incidentTimeDescription(), "incidentTimeDescription", MAX_SHORT_TEXT),
                    text(report.escalation(), "escalation", MAX_TEXT),
                    distinct(report.media()), distinct(report.annotations()), description, persons, recipients,
                    victims, files, location(report.location()));
            return new NormalisedReport(normalised, contact(contact), List.copyOf(identifiers), violations.list());
        }

        private Person person(Person person, String at, IdentifierRole role) {
            List<Account> accounts = list(person.accounts(), path(at, "accounts"), MAX_ACCOUNTS,
                    (account, accountAt) -> account(account, accountAt, role));
            return new Person(text(person.name(), path(at, "name"), MAX_SHORT_TEXT), accounts,
                    text(person.estimatedLocation(), path(at, "estimatedLocation"), MAX_SHORT_TEXT),
                    text(person.details(), path(at, "details"), MAX_TEXT));
        }

        private Account account(Account account, String at, IdentifierRole role) {
            String platform = normaliser.platform(identifierText(account.platform(), path(at, "platform")));
            String userId = onPlatform(IdentifierKind.USER_ID, identifierText(account.userId(), path(at, "userId")),
                    platform, role);
            String screenName = null;
            String writtenName = identifierText(account.screenName(), path(at, "screenName"));
            if (writtenName != null) {
                screenName = onPlatform(IdentifierKind.USERNAME, writtenName, platform, role);
                if (screenName == null) {
                    violations.add(path(at, "screenName"), "username", "not a username");
                }
            }
            String profileUrl = identifier(account.profileUrl(), path(at, "profileUrl"), IdentifierKind.PROFILE_URL,
                    "url", "not a web address (http or https with a host)", role);
            String email = identifier(account.email(), path(at, "email"), IdentifierKind.EMAIL,
                    "email", "not an e-mail address", role);
            String phone = identifier(account.phone(), path(at, "phone"), IdentifierKind.PHONE,
                    "phone", "not a phone number", role);
            List<IpCapture> captures = list(account.ipCaptures(), path(at, "ipCaptures"), MAX_IP_CAPTURES,
                    (capture, captureAt) -> capture(capture, captureAt, role));
            List<String> devices = list(account.deviceIds(), path(at, "deviceIds"), MAX_DEVICE_IDS, (device, deviceAt) ->
                    onPlatform(IdentifierKind.DEVICE_ID, identifierText(device, deviceAt), platform, role));
            return new Account(platform, userId, screenName,
                    text(account.displayName(), path(at, "displayName"), MAX_SHORT_TEXT), profileUrl, email, phone,
                    captures, devices.stream().filter(d -> d != null).toList(), account.disabled());
        }

        private IpCapture capture(IpCapture capture, String at, IdentifierRole role) {
            String ip = identifier(capture.ip(), path(at, "ip"), IdentifierKind.IP, "ip", "not an IP address", role);
            if (capture.ip() == null) {
                violations.add(path(at, "ip"), "required", "required");
            }
            return new IpCapture(ip, notInFuture(capture.at(), path(at, "at")), capture.event());
        }

        private MediaFile file(MediaFile file, String at) {
            String md5 = hash(file.md5(), path(at, "md5"), HashAlgorithm.MD5);
            String sha1 = hash(file.sha1(), path(at, "sha1"), HashAlgorithm.SHA1);
            String sha256 = hash(file.sha256(), path(at, "sha256"), HashAlgorithm.SHA256);
            String pdq = hash(file.pdq(), path(at, "pdq"), HashAlgorithm.PDQ);
            if (file.md5() == null && file.sha1() == null && file.sha256() == null && file.pdq() == null) {
                violations.add(at, "hashRequired", "a file needs at least one hash (md5, sha1, sha256 or pdq)");
            }
            String sourceUrl = null;
            if (file.sourceUrl() != null && !hasDirectionControl(file.sourceUrl(), path(at, "sourceUrl"))) {
                sourceUrl = normaliser.webAddress(file.sourceUrl()).orElse(null);
                if (sourceUrl == null) {
                    violations.add(path(at, "sourceUrl"), "url", "not a web address (http or https with a host)");
                }
            }
            IpCapture upload = file.uploadedFrom() == null ? null : capture(file.uploadedFrom(), path(at, "uploadedFrom"),
                    IdentifierRole.UPLOAD);
            return new MediaFile(text(file.fileName(), path(at, "fileName"), MAX_SHORT_TEXT), sourceUrl, md5, sha1,
                    sha256, pdq, file.viewedByPlatform(), file.publiclyAvailable(), file.classification(),
                    distinct(file.annotations()), upload, pdqQuality(file, at), pdqVariants(file, at));
        }

        private Integer pdqQuality(MediaFile file, String at) {
            Integer quality = file.pdqQuality();
            if (quality != null && (quality < 0 || quality > 100)) {
                violations.add(path(at, "pdqQuality"), "pdqQuality", "PDQ's quality is 0 to 100");
            } else if (quality != null && file.pdq() == null) {
                violations.add(path(at, "pdqQuality"), "pdqFirst", "give pdq with it");
            }
            return quality;
        }

        private List<String> pdqVariants(MediaFile file, String at) {
            List<String> written = file.pdqVariants();
            if (written.isEmpty()) {
                return written;
            }
            if (file.pdq() == null) {
                violations.add(path(at, "pdqVariants"), "pdqFirst", "give pdq with it");
            }
            if (written.size() > MediaFile.MAX_PDQ_VARIANTS) {
                violations.add(path(at, "pdqVariants"), "tooMany", "at most " + MediaFile.MAX_PDQ_VARIANTS
                        + " (the image's turns and mirrors)");
                return List.of();
            }
            List<String> variants = new ArrayList<>(written.size());
            for (int i = 0; i < written.size(); i++) {
                String hex = hash(written.get(i), path(at, "pdqVariants") + "[" + i + "]", HashAlgorithm.PDQ);
                if (hex != null) {
                    variants.add(hex);
                }
            }
            return variants;
        }

        private Victim victim(Victim victim, String at) {
            age(victim.age(), path(at, "age"));
            age(victim.ageMin(), path(at, "ageMin"));
            age(victim.ageMax(), path(at, "ageMax"));
            if (victim.age() != null && (victim.ageMin() != null || victim.ageMax() != null)) {
                violations.add(path(at, "age"), "ageOrRange", "give an age or a range (ageMin, ageMax), not both");
            }
            if (victim.ageMin() != null && victim.ageMax() != null && victim.ageMin() > victim.ageMax()) {
                violations.add(path(at, "ageMin"), "ageRange", "ageMin is greater than ageMax");
            }
            return new Victim(victim.age(), victim.ageMin(), victim.ageMax(), victim.gender(),
                    text(victim.known(), path(at, "known"), MAX_TEXT),
                    text(victim.location(), path(at, "location"), MAX_SHORT_TEXT));
        }

        private void age(Integer age, String at) {
            if (age != null && (age < 0 || age > MAX_CHILD_AGE)) {
                violations.add(at, "age", "a child's age is 0 to " + MAX_CHILD_AGE);
            }
        }

        private LocationHint location(LocationHint location) {
            if (location == null) {
                return null;
            }
            String country = text(location.country(), "location.country", 2);
            if (country != null) {
                country = country.toUpperCase(Locale.ROOT);
                if (!COUNTRIES.contains(country)) {
                    violations.add("location.country", "country", "not an ISO 3166 country code such as PK");
                }
            }
            Double latitude = location.latitude();
            Double longitude = location.longitude();
            if ((latitude == null) != (longitude == null)) {
                violations.add(latitude == null ? "location.latitude" : "location.longitude", "coordinates",
                        "give both latitude and longitude, or neither");
            }
            if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
                violations.add("location.latitude", "latitude", "a latitude is between -90 and 90");
            }
            if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
                violations.add("location.longitude", "longitude", "a longitude is between -180 and 180");
            }
            return new LocationHint(country, text(location.district(), "location.district", MAX_SHORT_TEXT),
                    text(location.place(), "location.place", MAX_SHORT_TEXT), latitude, longitude);
        }

        private ReporterContact contact(ReporterContact contact) {
            if (contact == null) {
                return null;
            }
            String email = null;
            if (contact.email() != null && !contact.email().isBlank()
                    && !hasDirectionControl(contact.email(), "contact.email")) {
                email = normaliser.email(contact.email()).map(Identifier::value).orElse(null);
                if (email == null) {
                    violations.add("contact.email", "email", "not an e-mail address");
                }
            }
            String phone = null;
            if (contact.phone() != null && !contact.phone().isBlank()
                    && !hasDirectionControl(contact.phone(), "contact.phone")) {
                phone = normaliser.phone(contact.phone()).map(Identifier::value).orElse(null);
                if (phone == null) {
                    violations.add("contact.phone", "phone", "not a phone number");
                }
            }
            String name = text(contact.name(), "contact.name", MAX_SHORT_TEXT);
            return name == null && email == null && phone == null ? null : new ReporterContact(name, email, phone);
        }

        /** The identifier's normal form, listed for linking; null, and the field named, if it is not one. */
        private String identifier(String written, String at, IdentifierKind kind, String code, String message,
                                  IdentifierRole role) {
            if (written == null || written.isBlank() || hasDirectionControl(written, at)) {
                return null;
            }
            String value = onPlatform(kind, written, null, role);
            if (value == null) {
                violations.add(at, code, message);
            }
            return value;
        }

        /** The identifier's normal form on the platform, listed for linking; null if it is not one. */
        private String onPlatform(IdentifierKind kind, String written, String platform, IdentifierRole role) {
            Identifier identifier = normaliser.normalise(kind, written, platform).orElse(null);
            if (identifier == null) {
                return null;
            }
            identifiers.add(new ReportIdentifier(identifier, role));
            return identifier.value();
        }

        /** Text that names an identifier (or its platform); null, and the field named, if it holds a direction control. */
        private String identifierText(String written, String at) {
            String text = text(written, at, MAX_ID);
            return text == null || hasDirectionControl(text, at) ? null : text;
        }

        /** Direction controls would show an identifier in another order than the one stored and linked. */
        private boolean hasDirectionControl(String written, String at) {
            var control = normaliser.directionControl(written);
            control.ifPresent(c -> violations.add(at, "directionControl", "contains a Unicode direction control (U+"
                    + "%04X".formatted(c) + "), which changes the order in which it is shown"));
            return control.isPresent();
        }

        private String hash(String written, String at, HashAlgorithm algorithm) {
            if (written == null) {
                return null;
            }
            String hex = FileHash.of(algorithm, written).map(FileHash::hex).orElse(null);
            if (hex == null) {
                violations.add(at, "hash", "not a " + algorithm.name() + " hash (" + algorithm.digits() + " hexadecimal digits)");
            }
            return hex;
        }

        private Instant notInFuture(Instant time, String at) {
            if (time != null && time.isAfter(latest)) {
                violations.add(at, "future", "is in the future");
            }
            return time;
        }

        private String text(String written, String at, int max) {
            if (written == null) {
                return null;
            }
            String text = written.strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > max) {
                violations.add(at, "tooLong", "is longer than " + max + " characters");
            }
            if (!isStorable(text)) {
                violations.add(at, "character", "contains a NUL character or a broken surrogate pair");
            }
            return text;
        }

        /** PostgreSQL's jsonb refuses NUL and unpaired surrogates: such a line would fail its whole batch. */
        private static boolean isStorable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }

        private void required(Object value, String at) {
            if (value == null) {
                violations.add(at, "required", "required");
            }
        }

        private <T> List<T> list(List<T> items, String at, int max, Item<T> each) {
            if (items.isEmpty()) {
                return List.of();
            }
            if (items.size() > max) {
                violations.add(at, "tooMany", "has more than " + max + " entries");
                return List.of();
            }
            List<T> normalised = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                normalised.add(each.apply(items.get(i), at + "[" + i + "]"));
            }
            return normalised;
        }

        private static <T> List<T> distinct(List<T> values) {
            return values.size() < 2 ? values : values.stream().distinct().toList();
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        T apply(T item, String at);
    }
}
