package pk.hifazat.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.PathwayStage;

/** The care plan of a referred child, kept by the caseworkers of the office it was referred to. */
@Service
class CareWork {

    private static final Set<PathwayStage> IN_CARE = Set.of(PathwayStage.REFERRED, PathwayStage.IN_REHABILITATION);

    private final CarePlans plans;
    private final ChildGuard guard;
    private final Access access;
    private final Clock clock;

    CareWork(CarePlans plans, ChildGuard guard, Access access, Clock clock) {
        this.plans = plans;
        this.guard = guard;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    UUID addGoal(ChildId id, String areaText, String goalText, String followUpText) {
        CareGoal.CareArea area = Fields.choice(CareGoal.CareArea.class, areaText, "area");
        String goal = Fields.text(goalText, "goal", 2000, true);
        LocalDate today = today();
        LocalDate followUp = Fields.date(followUpText, "followUpOn");
        if (followUp.isBefore(today)) {
            throw SafeguardingInputException.input("followUpOn", "safeguarding.input.past");
        }
        ChildRecord child = guard.change(caseworker(id), SafeguardingAction.ADD_CARE_GOAL, area.name());
        requireInCare(child);
        return plans.addGoal(child.id(), area, goal, today, followUp, clock.instant(), access.require().id().value());
    }

    /** A follow-up made; the goal is due again on {@code nextText}, or achieved when {@code achieved}. */
    @Transactional
    void followUp(UUID goal, String madeText, String noteText, String nextText, boolean achieved) {
        LocalDate today = today();
        LocalDate made = Fields.pastDate(madeText, "madeOn", today);
        String note = Fields.text(noteText, "note", 2000, true);
        LocalDate next = achieved ? null : Fields.date(nextText, "nextOn");
        if (next != null && !next.isAfter(made)) {
            throw SafeguardingInputException.input("nextOn", "safeguarding.input.nextAfterMade");
        }
        UUID child = plans.lockGoal(goal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireInCare(guard.change(caseworker(new ChildId(child)), SafeguardingAction.RECORD_FOLLOW_UP,
                "goal " + goal + (achieved ? ", achieved" : "")));
        plans.followUp(goal, made, note, next, clock.instant(), access.require().id().value());
    }

    private ChildId caseworker(ChildId child) {
        if (!access.require().is(Role.CPB_CASEWORKER)) {
            throw new AccessDeniedException("Refused: care plans are kept by the office's caseworkers");
        }
        return child;
    }

    private static void requireInCare(ChildRecord child) {
        if (!IN_CARE.contains(child.stage())) {
            throw SafeguardingInputException.refused("safeguarding.refused.carePlan", child.shown());
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(Fields.PAKISTAN).toLocalDate();
    }
}
