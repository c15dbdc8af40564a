package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.navigation.HomeNotice;
import pk.hifazat.navigation.HomeNotices;

/**
 * Overdue tasks on the home page: the user's own, and for a supervisor those of their jurisdiction —
 * for the roles that may open the task list ({@link CasesController#CASE_WORKERS}) only.
 */
@Component
class OverdueTaskNotices implements HomeNotices {

    private static final Set<Role> CASE_WORKERS = Set.of(Role.DISTRICT_OFFICER, Role.SUPERVISOR, Role.INTAKE_ANALYST);

    private final CaseTaskList tasks;
    private final Access access;

    OverdueTaskNotices(CaseTaskList tasks, Access access) {
        this.tasks = tasks;
        this.access = access;
    }

    @Override
    public List<HomeNotice> forSignedInUser() {
        if (!CASE_WORKERS.contains(access.require().role())) {
            return List.of();
        }
        var mine = tasks.mine();
        List<HomeNotice> notices = new ArrayList<>();
        long own = mine.own().stream().filter(task -> task.overdue(mine.today())).count();
        if (own > 0) {
            notices.add(new HomeNotice("/cases/tasks", "cases.notice.overdueOwn", own));
        }
        if (!mine.overdueInJurisdiction().isEmpty()) {
            notices.add(new HomeNotice("/cases/tasks", "cases.notice.overdueAround", mine.overdueInJurisdiction().size()));
        }
        return notices;
    }
}
