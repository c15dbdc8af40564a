package pk.hifazat.cases.internal;

import java.time.LocalDate;
import java.util.UUID;

import pk.hifazat.cases.CaseNumber;
import pk.hifazat.identity.UserId;

/**
 * A task with an owner and a deadline. A preservation request's clock starts on the request
 * ({@code startsOn}): it is due when the platform may delete the data, and warns some days before.
 */
public record CaseTask(UUID id, CaseNumber caseNumber, Kind kind, String title, UserId owner, LocalDate startsOn,
                       LocalDate warnOn, LocalDate dueOn, boolean done) {

    public enum Kind {
        PRESERVATION, COURT_DATE, FOLLOW_UP
    }

    public boolean overdue(LocalDate today) {
        return !done && today.isAfter(dueOn);
    }

    public boolean warning(LocalDate today) {
        return !done && !overdue(today) && warnOn != null && !today.isBefore(warnOn);
    }
}
