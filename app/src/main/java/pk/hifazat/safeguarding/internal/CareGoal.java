package pk.hifazat.safeguarding.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal of a child's care plan with the follow-ups made on it, newest first. */
record CareGoal(UUID id, UUID child, CareArea area, String goal, LocalDate setOn, LocalDate followUpOn,
                LocalDate achievedOn, List<FollowUp> followUps) {

    enum CareArea {
        MEDICAL, PSYCHOLOGICAL, EDUCATION, FAMILY, LEGAL_AID, SHELTER
    }

    record FollowUp(LocalDate madeOn, String note) {
    }

    CareGoal {
        followUps = List.copyOf(followUps);
    }

    public boolean overdue(LocalDate today) {
        return achievedOn == null && followUpOn.isBefore(today);
    }
}
