package pk.hifazat.cooperation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CasePageSection;

/**
 * The case page's card for requests abroad: how many the case has, answered and overdue, and the
 * way to them or to drafting the first. Shown for a case with requests, or one that a foreign
 * national made international.
 */
@Component
class CaseRequestsSection implements CasePageSection {

    private final CooperationRequests requests;
    private final CooperationDesk desk;

    CaseRequestsSection(CooperationRequests requests, CooperationDesk desk) {
        this.requests = requests;
        this.desk = desk;
    }

    @Override
    public Optional<Section> about(CaseId caseId, CaseNumber number) {
        CooperationRequests.CaseTally tally = requests.ofCase(caseId, desk.today());
        if (tally.all() == 0 && !tally.international()) {
            return Optional.empty();
        }
        if (tally.all() == 0) {
            return Optional.of(new Section("cooperation.caseCard.title", List.of(new Line("cooperation.caseCard.none", List.of())),
                    "/cooperation/new?case=" + number.value(), "cooperation.caseCard.draft"));
        }
        return Optional.of(new Section("cooperation.caseCard.title",
                List.of(new Line("cooperation.caseCard.counts", List.of(tally.all(), tally.finished(), tally.overdue()))),
                "/cooperation?case=" + number.value(), "cooperation.caseCard.open"));
    }
}
