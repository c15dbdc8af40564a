package pk.hifazat.cases.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseOffences;

/** A case's offences as {@link CaseFiles} stores them. */
@Component
class StoredCaseOffences implements CaseOffences {

    private final CaseFiles cases;

    StoredCaseOffences(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public List<String> of(CaseId caseId) {
        return cases.offences(caseId);
    }
}
