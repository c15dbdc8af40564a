package pk.hifazat.cases;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;

/** Something happened on a case's timeline (a raid, an arrest, a hearing…), with the persons it concerned. */
@DomainEvent
public record CaseEventRecorded(CaseId caseId, CaseNumber number, CaseEventKind kind, LocalDate occurredOn,
                                DistrictCode district, List<PersonId> persons) {

    public CaseEventRecorded {
        persons = List.copyOf(persons);
    }
}
