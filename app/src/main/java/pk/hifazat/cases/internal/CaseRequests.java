package pk.hifazat.cases.internal;

import java.util.List;

/** What officers send, as sent (pages and staff API alike); {@link CaseOpening} and its peers check it. */
final class CaseRequests {

    private CaseRequests() {
    }

    /** Open a case; {@code reports} and {@code cluster} are optional, and a cluster's reports are attached. */
    record OpenCase(String title, String district, List<String> offences, String lead, List<String> team,
                    List<String> reports, String cluster) {
        OpenCase {
            offences = offences == null ? List.of() : offences;
            team = team == null ? List.of() : team;
            reports = reports == null ? List.of() : reports;
        }
    }

    record ChangeStatus(String to, String outcome, String reason) {
    }

    record ChangeTeam(String lead, List<String> team, List<String> offences) {
        ChangeTeam {
            team = team == null ? List.of() : team;
            offences = offences == null ? List.of() : offences;
        }
    }

    /** A new person in a role, or ({@code existing} set) a known person given a role in this case too. */
    /** {@code relationship} and {@code place} only for a victim: the abuser's relationship to the child, where it happened. */
    record AddPerson(String existing, String role, String name, String aliases, String birthDate, Integer age,
                     String address, String gender, String nationality, List<Identifier> identifiers,
                     String relationship, String place) {
        AddPerson {
            identifiers = identifiers == null ? List.of() : identifiers;
        }
    }

    record Identifier(String kind, String value, String platform) {
    }

    record RecordEvent(String kind, String occurredOn, String district, String place, String note, List<String> officers,
                       List<String> persons) {
        RecordEvent {
            officers = officers == null ? List.of() : officers;
            persons = persons == null ? List.of() : persons;
        }
    }

    /**
     * A seized item. {@code sha256} holds lines as {@code sha256sum} writes them ("hash  name"); {@code pdqFile}
     * the text of a {@code pdq hash} file ("hash,quality,name"); files are joined by name.
     */
    record AddEvidence(String description, String seizedAt, String seizedPlace, String seizedBy, String sha256,
                       String pdqFile) {
    }

    record Transfer(String to, String handedAt, String reason) {
    }

    record AddTask(String kind, String title, String owner, String startsOn, String dueOn) {
    }

    record Merge(String other, String reason) {
    }
}
