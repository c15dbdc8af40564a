package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.identity.UserId;

/**
 * Tasks with deadlines. A preservation request to a platform is due {@code preservation-days} after
 * the request (when the platform may delete what it kept) and warns from {@code preservation-warn-days}.
 */
@Service
public class CaseTaskList {

    static final int LIST_LIMIT = 200;

    private final CaseTasks tasks;
    private final CaseFiles cases;
    private final CaseGuard guard;
    private final StaffChoices staff;
    private final Access access;
    private final CasesProperties properties;
    private final Clock clock;

    CaseTaskList(CaseTasks tasks, CaseFiles cases, CaseGuard guard, StaffChoices staff, Access access,
                 CasesProperties properties, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.guard = guard;
        this.staff = staff;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(Inputs.PAKISTAN).toLocalDate();
    }

    @Transactional
    CaseTask add(String number, CaseRequests.AddTask request) {
        CaseTask.Kind kind = Inputs.choice(CaseTask.Kind.class, request.kind(), "kind");
        String title = Inputs.text(request.title(), "title", 200, true);
        UserId owner = staff.requireOne(request.owner(), "owner", true);
        LocalDate starts = Inputs.date(request.startsOn(), "startsOn", false);
        LocalDate due = Inputs.date(request.dueOn(), "dueOn", kind != CaseTask.Kind.PRESERVATION);
        LocalDate warn = null;
        if (kind == CaseTask.Kind.PRESERVATION) {
            starts = starts == null ? today() : starts;
            due = starts.plusDays(properties.preservationDays());
            warn = starts.plusDays(properties.preservationWarnDays());
        } else {
            starts = starts == null ? today() : starts;
            if (due.isBefore(starts)) {
                throw new CaseInputException("dueOn", "cases.input.dueBeforeStart");
            }
        }
        CaseFile file = guard.change(number, CasesAction.ADD_TASK, kind.name());
        CaseTask task = new CaseTask(UUID.randomUUID(), file.number(), kind, title, owner, starts, warn, due, false);
        tasks.insert(file.id(), task, clock.instant(), access.require().id());
        return task;
    }

    @Transactional
    CaseTask complete(UUID id) {
        CaseTask task = tasks.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        guard.change(task.caseNumber().value(), CasesAction.COMPLETE_TASK, id.toString());
        tasks.complete(id, clock.instant());
        return task;
    }

    /** The user's open tasks, and for a supervisor the overdue tasks of their jurisdiction. */
    @Transactional
    MyTasks mine() {
        SignedInUser user = access.require();
        List<CaseTask> overdueAround = user.is(Role.SUPERVISOR) || user.jurisdiction().national()
                ? tasks.overdueIn(access.visibleDistricts(), today(), LIST_LIMIT) : List.of();
        return new MyTasks(tasks.openOwnedBy(user.id(), LIST_LIMIT), overdueAround, today());
    }

    List<CaseTask> openOf(CaseFile file) {
        return tasks.openOf(file.id());
    }

    public record MyTasks(List<CaseTask> own, List<CaseTask> overdueInJurisdiction, LocalDate today) {
    }
}
