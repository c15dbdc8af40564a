package pk.hifazat.cooperation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.navigation.HomeNotice;
import pk.hifazat.navigation.HomeNotices;

/**
 * On a supervisor's home page: the requests abroad of their jurisdiction whose answer is overdue, and
 * those waiting for their approval. One query on the open requests' index.
 */
@Component
class OverdueRequestNotices implements HomeNotices {

    private final CooperationRequests requests;
    private final CooperationDesk desk;
    private final Access access;

    OverdueRequestNotices(CooperationRequests requests, CooperationDesk desk, Access access) {
        this.requests = requests;
        this.desk = desk;
        this.access = access;
    }

    @Override
    public List<HomeNotice> forSignedInUser() {
        if (!access.require().is(Role.SUPERVISOR)) {
            return List.of();
        }
        var waiting = requests.waiting(access.visibleDistricts(), desk.today());
        List<HomeNotice> notices = new ArrayList<>();
        if (waiting.overdue() > 0) {
            notices.add(new HomeNotice("/cooperation/overdue", "cooperation.notice.overdue", waiting.overdue()));
        }
        if (waiting.awaitingApproval() > 0) {
            notices.add(new HomeNotice("/cooperation", "cooperation.notice.awaitingApproval", waiting.awaitingApproval()));
        }
        return notices;
    }
}
