package pk.hifazat.safeguarding.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.navigation.HomeNotice;
import pk.hifazat.navigation.HomeNotices;

/**
 * On the home page: a caseworker's children whose follow-up is overdue; a supervisor's missing
 * children of their jurisdiction; and for every case worker the alerts about missing children of
 * their province, until each record is closed.
 */
@Component
class SafeguardingNotices implements HomeNotices {

    private final CarePlans plans;
    private final MissingChildren missing;
    private final Pathway pathway;
    private final Access access;

    SafeguardingNotices(CarePlans plans, MissingChildren missing, Pathway pathway, Access access) {
        this.plans = plans;
        this.missing = missing;
        this.pathway = pathway;
        this.access = access;
    }

    @Override
    public List<HomeNotice> forSignedInUser() {
        SignedInUser user = access.require();
        List<HomeNotice> notices = new ArrayList<>();
        if (user.is(Role.CPB_CASEWORKER)) {
            notices.add(new HomeNotice("/safeguarding/office", "safeguarding.notice.overdue",
                    plans.childrenOverdue(user.unit(), pathway.today())));
        } else if (user.is(Role.SUPERVISOR) || user.is(Role.DISTRICT_OFFICER) || user.is(Role.INTAKE_ANALYST)) {
            List<MissingRecord> open = missing.openFor(user.jurisdiction());
            if (user.is(Role.SUPERVISOR)) {
                notices.add(new HomeNotice("/safeguarding/missing", "safeguarding.notice.missing",
                        open.stream().filter(r -> user.jurisdiction().covers(r.district())).count()));
            }
            notices.add(new HomeNotice("/safeguarding/missing", "safeguarding.notice.alerts",
                    open.stream().filter(MissingRecord::alerted).count()));
        }
        return notices.stream().filter(n -> n.count() > 0).toList();
    }
}
