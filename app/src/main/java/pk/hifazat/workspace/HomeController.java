package pk.hifazat.workspace;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.navigation.HomeNotices;
import pk.hifazat.triage.TriageQueues;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/** Each role's starting page: what is waiting for them and where their work is. */
@Controller
class HomeController {

    private final Access access;
    private final Units units;
    private final TriageQueues queues;
    private final List<HomeNotices> notices;

    HomeController(Access access, Units units, TriageQueues queues, List<HomeNotices> notices) {
        this.access = access;
        this.units = units;
        this.queues = queues;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = access.require();
        Unit unit = units.byId(user.unit()).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("unit", unit);
        model.addAttribute("unitPage", access.mayOpen(unit)
                && (user.is(Role.DISTRICT_OFFICER) || user.is(Role.SUPERVISOR) || user.is(Role.CPB_CASEWORKER)));
        model.addAttribute("unitsInJurisdiction", unitsInJurisdiction());
        var counts = queues.openCounts(unit.id());
        model.addAttribute("queueCounts", counts);
        model.addAttribute("queueWaiting", counts.values().stream().mapToLong(Long::longValue).sum() > 0);
        model.addAttribute("notices", notices.stream().flatMap(n -> n.forSignedInUser().stream())
                .filter(n -> n.count() > 0).toList());
        return "workspace/home";
    }

    private List<Unit> unitsInJurisdiction() {
        return units.all().stream()
                .filter(u -> u.kind() == UnitKind.DISTRICT_UNIT)
                .filter(access::mayOpen)
                .toList();
    }
}
