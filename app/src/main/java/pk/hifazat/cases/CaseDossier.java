package pk.hifazat.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identifiers.Identifier;

/**
 * A case in parts, for a package another module puts together for a partner (a cooperation request
 * abroad): what the case is, its persons by role, their identifiers, the timeline and the evidence
 * with its hashes and chain of custody. A victim is never named here: only their pseudonym, age and
 * nationality, and none of their identifiers.
 *
 * @param offences each as its law and section with the English title, for example "PECA 2016 s.22: …"
 * @param timeline oldest first
 */
public record CaseDossier(CaseId id, CaseNumber number, String title, CaseStatus status, DistrictCode district,
                          String districtName, String unitName, Instant openedAt, List<String> offences,
                          List<Person> persons, List<Event> timeline, List<Evidence> evidence) {

    public CaseDossier {
        offences = List.copyOf(offences);
        persons = List.copyOf(persons);
        timeline = List.copyOf(timeline);
        evidence = List.copyOf(evidence);
    }

    /**
     * A person in a role. For a victim {@code name} is null and {@code identifiers} empty.
     *
     * @param pseudonym the person's pseudonym in cases ({@code P-00042})
     */
    public record Person(PersonId id, String pseudonym, String name, CaseRole role, String standing, Integer age,
                         String gender, String nationality, List<Identifier> identifiers) {

        public Person {
            identifiers = List.copyOf(identifiers);
        }

        public boolean victim() {
            return role == CaseRole.VICTIM;
        }

        /** How the person is written everywhere outside the case file: a victim by pseudonym only. */
        public String shown() {
            return victim() || name == null ? pseudonym : name;
        }
    }

    /** An event on the timeline; {@code persons} as {@link Person#shown()}. */
    public record Event(LocalDate occurredOn, CaseEventKind kind, String place, String note, List<String> persons) {

        public Event {
            persons = List.copyOf(persons);
        }
    }

    /** A seized item with its files' hashes and its whole chain of custody, first hand-over first. */
    public record Evidence(String label, String description, Instant seizedAt, String seizedPlace, String holder,
                           List<EvidenceFile> files, List<Custody> custody) {

        public Evidence {
            files = List.copyOf(files);
            custody = List.copyOf(custody);
        }
    }

    public record EvidenceFile(String name, String sha256) {
    }

    /** A hand-over; {@code from} is null for the seizure itself. */
    public record Custody(int position, String from, String to, Instant handedAt, String reason) {
    }
}
