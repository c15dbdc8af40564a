package pk.hifazat.cooperation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.CaseDossiers;
import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.UserId;

/** A request as its page and its JSON twin show it: the persons it concerns by their shown names, its history, its next steps. */
@Service
class RequestViews {

    /**
     * @param dossier   the request's case, for a draft's form (never sent as JSON)
     * @param concerned the persons the request concerns, as the case shows them (a child by pseudonym)
     * @param staff     display names of the drafter, the approver and those who moved it, by user id
     */
    record RequestView(CooperationRequest request, CaseDossier dossier, List<Concerned> concerned, List<CooperationRequests.Change> history,
                       List<CooperationStatus> next, boolean overdue, boolean mayApprove, Map<String, String> staff) {
    }

    record Concerned(String id, String shown, String role) {
    }

    private final CooperationDesk desk;
    private final CaseDossiers dossiers;
    private final StaffDirectory directory;

    RequestViews(CooperationDesk desk, CaseDossiers dossiers, StaffDirectory directory) {
        this.desk = desk;
        this.dossiers = dossiers;
        this.directory = directory;
    }

    @Transactional
    RequestView view(UUID id, UserId viewer, boolean supervisor) {
        CooperationRequest request = desk.read(id);
        CaseDossier dossier = dossiers.read(request.caseNumber()).orElseThrow();
        List<Concerned> concerned = dossier.persons().stream().filter(p -> request.persons().contains(p.id().toString()))
                .map(p -> new Concerned(p.id().toString(), p.shown(), p.role().name())).distinct().toList();
        var history = desk.history(request);
        Set<UserId> named = new HashSet<>();
        named.add(request.draftedBy());
        if (request.approvedBy() != null) {
            named.add(request.approvedBy());
        }
        history.forEach(change -> named.add(change.by()));
        Map<String, String> staff = new HashMap<>();
        directory.byIds(named).forEach(m -> staff.put(m.id().toString(), m.displayName()));
        LocalDate today = desk.today();
        boolean mayApprove = supervisor && request.status() == CooperationStatus.AWAITING_APPROVAL && !request.approved()
                && !request.draftedBy().equals(viewer);
        return new RequestView(request, dossier, concerned, history, RequestTransitions.next(request.status()), request.overdue(today),
                mayApprove, staff);
    }
}
