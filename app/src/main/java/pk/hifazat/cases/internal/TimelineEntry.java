package pk.hifazat.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;

/** One event on a case's timeline, with the officers present and the persons it concerned. */
public record TimelineEntry(UUID id, CaseEventKind kind, LocalDate occurredOn, DistrictCode district, String place,
                            String note, List<UserId> officers, List<UUID> persons) {

    public TimelineEntry {
        officers = List.copyOf(officers);
        persons = List.copyOf(persons);
    }
}
