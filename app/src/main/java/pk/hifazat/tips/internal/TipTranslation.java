package pk.hifazat.tips.internal;

import java.util.ArrayList;
import java.util.List;

import pk.hifazat.intake.Account;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.Victim;

/**
 * Turns what a member of the public wrote into the report model the rest of Hifazat reads — the
 * category becomes an incident type where NCMEC has one and an annotation where it has none — and
 * remembers which box each identifier came from, so that an error in the third phone number is
 * shown beside the phone box.
 */
final class TipTranslation {

    /** The form field behind each account of the reported person, in order. */
    private final List<String> accountOrigins = new ArrayList<>();
    private final ReportContent content;

    TipTranslation(TipForm form, TipCategory category, String districtName, Integer childAge,
                   pk.hifazat.intake.Gender childGender, List<MediaFile> files) {
        List<Account> accounts = new ArrayList<>();
        for (String line : TipLines.of(form.usernames())) {
            accounts.add(AccountLine.of(line));
            accountOrigins.add("usernames");
        }
        for (String line : TipLines.of(form.phones())) {
            accounts.add(new Account(null, null, null, null, null, null, line, null, null, null));
            accountOrigins.add("phones");
        }
        for (String line : TipLines.of(form.links())) {
            accounts.add(new Account(null, null, null, null, line, null, null, null, null, null));
            accountOrigins.add("links");
        }
        for (String line : TipLines.of(form.emails())) {
            accounts.add(new Account(null, null, null, null, null, line, null, null, null, null));
            accountOrigins.add("emails");
        }
        List<Person> persons = accounts.isEmpty() ? List.of() : List.of(new Person(null, accounts, null, null));
        List<Victim> victims = childAge == null && childGender == null ? List.of()
                : List.of(new Victim(childAge, null, null, childGender, null, null));
        LocationHint location = districtName == null && blank(form.place()) ? null
                : new LocationHint("PK", districtName, blank(form.place()) ? null : form.place().strip(), null, null);
        this.content = new ReportContent(null, incidentType(category), null, blank(form.when()) ? null : form.when().strip(),
                category == TipCategory.CHILD_IN_DANGER_NOW ? "child in danger now" : null, List.of(),
                annotations(category), blank(form.description()) ? null : form.description().strip(), persons, List.of(),
                victims, files, location);
    }

    ReportContent content() {
        return content;
    }

    /** The form field a violation's path points into, for example {@code persons[0].accounts[2].phone} → phones. */
    String formField(String path) {
        if (path == null) {
            return "";
        }
        var account = java.util.regex.Pattern.compile("^persons\\[0]\\.accounts\\[(\\d+)]").matcher(path);
        if (account.find()) {
            int index = Integer.parseInt(account.group(1));
            return index < accountOrigins.size() ? accountOrigins.get(index) : "usernames";
        }
        if (path.startsWith("victims")) {
            return path.contains("gender") ? "childGender" : "childAge";
        }
        if (path.startsWith("contact.email")) {
            return "contactEmail";
        }
        if (path.startsWith("contact.phone")) {
            return "contactPhone";
        }
        if (path.startsWith("contact")) {
            return "contactName";
        }
        if (path.startsWith("location")) {
            return path.contains("district") ? "district" : "place";
        }
        if (path.startsWith("incidentTime")) {
            return "when";
        }
        if (path.startsWith("files")) {
            return "files";
        }
        if (path.startsWith("description") || path.isEmpty()) {
            return "description";
        }
        return "description";
    }

    private static IncidentType incidentType(TipCategory category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case SEXUAL_ABUSE -> IncidentType.CHILD_SEXUAL_MOLESTATION;
            case ABUSE_MATERIAL_ONLINE, LIVE_STREAMING -> IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL;
            case GROOMING_OR_BLACKMAIL -> IncidentType.ONLINE_ENTICEMENT;
            default -> null;
        };
    }

    private static List<ReportAnnotation> annotations(TipCategory category) {
        if (category == null) {
            return List.of();
        }
        return switch (category) {
            case CHILD_IN_DANGER_NOW -> List.of(ReportAnnotation.CHILD_IN_DANGER_NOW);
            case GROOMING_OR_BLACKMAIL -> List.of(ReportAnnotation.GROOMING, ReportAnnotation.SEXTORTION);
            case LIVE_STREAMING -> List.of(ReportAnnotation.LIVE_STREAMING);
            case ABDUCTION_OR_MISSING -> List.of(ReportAnnotation.ABDUCTION_OR_MISSING_CHILD);
            case CHILD_MARRIAGE -> List.of(ReportAnnotation.CHILD_MARRIAGE);
            case OTHER -> List.of(ReportAnnotation.SOMETHING_ELSE);
            case SEXUAL_ABUSE, ABUSE_MATERIAL_ONLINE -> List.of();
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
