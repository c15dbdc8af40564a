package pk.hifazat.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.intake.ReportId;

/** Everything a case page shows, read in a fixed number of queries whatever the case's size. */
public record CasePage(CaseFile file, LocalisedName unit, LocalisedName district, StaffMember lead, List<StaffMember> team,
                List<Offences.Offence> offences, List<ReportId> reports, List<PersonLine> persons,
                List<TimelineEntry> events, int eventCount, List<EvidenceItem> evidence, int evidenceCount,
                List<CaseTask> tasks, List<CaseFiles.StatusChange> history, List<CaseStatus> next,
                Map<String, String> staffNames) {

    /**
     * A person's line on the case page: a victim by pseudonym only, everyone else by name.
     *
     * @param person the person the line links to (after merges)
     */
    public record PersonLine(UUID person, String shown, String pseudonym, CaseRole role, String standing, String nationality,
                      Integer age) {

        public boolean victim() {
            return role == CaseRole.VICTIM;
        }
    }

    /** The most persons the case page lists; all are one link away. */
    public static final int PAGE_PERSONS = 100;

    public List<PersonLine> shownPersons() {
        return persons.size() <= PAGE_PERSONS ? persons : persons.subList(0, PAGE_PERSONS);
    }

    /** Each person's shown name (a victim's pseudonym) by id, for the timeline's lines. */
    public Map<UUID, String> personNames() {
        return names(persons);
    }

    static Map<UUID, String> names(List<PersonLine> persons) {
        Map<UUID, String> names = new java.util.HashMap<>();
        persons.forEach(p -> names.putIfAbsent(p.person(), p.shown()));
        return names;
    }

    public long suspects() {
        return persons.stream().filter(p -> p.role() == CaseRole.SUSPECT).count();
    }

    public long victims() {
        return persons.stream().filter(PersonLine::victim).count();
    }
}
