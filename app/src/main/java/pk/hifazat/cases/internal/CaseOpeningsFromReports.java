package pk.hifazat.cases.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOpenings;
import pk.hifazat.cases.InvalidCaseRequest;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.ReportId;

/**
 * {@link CaseOpenings} through {@link CaseOpening}, as the case pages open and attach: the officer
 * leads the case they open; an unknown case names the field {@code case}.
 */
@Component
class CaseOpeningsFromReports implements CaseOpenings {

    private final CaseOpening opening;
    private final Access access;

    CaseOpeningsFromReports(CaseOpening opening, Access access) {
        this.opening = opening;
        this.access = access;
    }

    @Override
    public CaseNumber openFromReports(String title, String district, Collection<ReportId> reports) {
        String lead = access.require().id().value().toString();
        return refusedAsInvalid(() -> opening.open(new CaseRequests.OpenCase(title, district, List.of(), lead, List.of(),
                ids(reports), null)).number());
    }

    @Override
    public List<ReportId> attach(String caseNumber, Collection<ReportId> reports) {
        try {
            return refusedAsInvalid(() -> opening.attach(caseNumber, ids(reports)));
        } catch (ResponseStatusException unknown) {
            throw new InvalidCaseRequest("case", "cases.input.unknown", caseNumber);
        }
    }

    private static List<String> ids(Collection<ReportId> reports) {
        return reports.stream().map(ReportId::toString).toList();
    }

    private static <T> T refusedAsInvalid(Supplier<T> work) {
        try {
            return work.get();
        } catch (CaseInputException e) {
            throw new InvalidCaseRequest(e.field(), e.messageKey(), e.arguments());
        }
    }
}
