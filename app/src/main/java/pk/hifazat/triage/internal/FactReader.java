package pk.hifazat.triage.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.Classification;
import pk.hifazat.intake.FileAnnotation;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.Victim;

/**
 * Reads the facts the priority rules look at from a report and what its reporter added later.
 * Each fact is one plain reading of the report, named so that a rule reads as a sentence.
 */
@Component
class FactReader {

    private static final Set<IncidentType> CONTACT_OFFENCES = Set.of(IncidentType.CHILD_SEXUAL_MOLESTATION,
            IncidentType.CHILD_SEX_TRAFFICKING, IncidentType.CHILD_SEX_TOURISM);
    private static final Set<FileAnnotation> HARM = Set.of(FileAnnotation.PHYSICAL_HARM, FileAnnotation.VIOLENCE);
    private static final Set<Classification> SEX_ACTS = Set.of(Classification.A1, Classification.B1);
    private static final String PAKISTAN_CODE = "+92";

    private final DistrictResolver districts;
    private final AbroadPlace abroad;

    FactReader(DistrictResolver districts, AbroadPlace abroad) {
        this.districts = districts;
        this.abroad = abroad;
    }

    ReportFacts read(IncomingReport report) {
        List<ReportContent> contents = DistrictResolver.contents(report);
        DistrictResolution district = districts.resolve(report);
        String abroadCountry = abroad.countryOf(report).orElse(null);
        List<Identifier> suspects = report.identifiers().stream()
                .filter(i -> i.role() == IdentifierRole.REPORTED_PERSON).map(r -> r.identifier()).toList();
        boolean hasPerson = !suspects.isEmpty() || contents.stream().anyMatch(c -> !c.persons().isEmpty());
        boolean pakistaniPhone = suspects.stream()
                .anyMatch(i -> i.kind() == IdentifierKind.PHONE && i.value().startsWith(PAKISTAN_CODE));
        boolean inPakistan = abroadCountry == null && (district.resolved() || pakistaniPhone || saysPakistan(contents));
        return new ReportFacts(report.id(), report.source(), report.receivedAt(), district, abroadCountry,
                any(contents, c -> c.annotations().contains(ReportAnnotation.CHILD_IN_DANGER_NOW)
                        || (c.escalation() != null && !c.escalation().isBlank())),
                any(contents, c -> c.annotations().contains(ReportAnnotation.LIVE_STREAMING)
                        || files(c).anyMatch(f -> f.annotations().contains(FileAnnotation.LIVE_STREAMING))),
                any(contents, c -> (c.incidentType() != null && CONTACT_OFFENCES.contains(c.incidentType()))
                        || files(c).anyMatch(f -> f.classification() != null && SEX_ACTS.contains(f.classification())
                        && f.annotations().stream().anyMatch(HARM::contains))),
                youngestAge(contents),
                hasPerson && inPakistan,
                !suspects.isEmpty() && abroadCountry == null && (district.resolved() || pakistaniPhone),
                any(contents, c -> c.annotations().contains(ReportAnnotation.SEXTORTION)),
                any(contents, c -> c.annotations().contains(ReportAnnotation.GROOMING)
                        || c.incidentType() == IncidentType.ONLINE_ENTICEMENT),
                any(contents, c -> c.annotations().contains(ReportAnnotation.SADISTIC_ONLINE_EXPLOITATION)),
                severestClass(report, contents),
                hasPerson,
                any(contents, c -> !c.victims().isEmpty()),
                district.resolved() || abroadCountry != null,
                accounts(suspects));
    }

    private static boolean saysPakistan(List<ReportContent> contents) {
        return contents.stream().map(ReportContent::location).filter(Objects::nonNull)
                .anyMatch(l -> "PK".equalsIgnoreCase(l.country() == null ? "" : l.country().strip()));
    }

    private static boolean any(List<ReportContent> contents, Predicate<ReportContent> test) {
        return contents.stream().anyMatch(test);
    }

    private static Stream<MediaFile> files(ReportContent content) {
        return content.files().stream();
    }

    private static Integer youngestAge(List<ReportContent> contents) {
        return contents.stream().flatMap(c -> c.victims().stream())
                .map(FactReader::youngestPossible).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
    }

    /** An age, else the lower end of a range: a child who may be 11 is treated as 11. */
    private static Integer youngestPossible(Victim victim) {
        if (victim.age() != null) {
            return victim.age();
        }
        return victim.ageMin() != null ? victim.ageMin() : victim.ageMax();
    }

    private static String severestClass(IncomingReport report, List<ReportContent> contents) {
        return Stream.concat(
                        report.files().stream().map(ReportedFile::classification),
                        contents.stream().flatMap(FactReader::files).map(MediaFile::classification))
                .filter(Objects::nonNull)
                .min(Classification::compareTo)
                .map(Classification::name).orElse(null);
    }

    /**
     * Accounts as one person's: a handle without its case or platform (the same handle on three
     * platforms is counted as one account), a platform's id with its platform, a profile's address.
     */
    static List<String> accounts(Collection<Identifier> suspects) {
        return suspects.stream().map(i -> switch (i.kind()) {
            case USERNAME -> "handle:" + i.value().toLowerCase(Locale.ROOT);
            case USER_ID -> "id:" + i.platform() + ":" + i.value();
            case PROFILE_URL -> "url:" + i.value();
            default -> null;
        }).filter(Objects::nonNull).distinct().toList();
    }
}
