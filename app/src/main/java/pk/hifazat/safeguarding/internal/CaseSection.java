package pk.hifazat.safeguarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CasePageSection;

/** The case page's safeguarding card: "50 identified, 10 safeguarded, 8 referred", and who waits longest at each step. */
@Component
class CaseSection implements CasePageSection {

    private final ChildRecords children;
    private final Pathway pathway;
    private final SafeguardingProperties properties;

    CaseSection(ChildRecords children, Pathway pathway, SafeguardingProperties properties) {
        this.children = children;
        this.pathway = pathway;
        this.properties = properties;
    }

    @Override
    public Optional<Section> about(CaseId caseId, CaseNumber number) {
        List<ChildRecord> found = children.ofCase(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseChildren overview = CaseChildren.of(number.value(), found, pathway.today(), properties.longestWaiting());
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("safeguarding.overview.counts", List.of(overview.identified(), overview.safeguarded(), overview.referred())));
        overview.longestWaiting().forEach((stage, waiting) -> lines.add(new Line("safeguarding.overview.waiting." + stage,
                List.of(waiting.stream().map(w -> w.child().shown() + " (" + w.days() + ")").collect(Collectors.joining(", "))))));
        return Optional.of(new Section("safeguarding.overview.title", lines, "/safeguarding/cases/" + number.value(),
                "safeguarding.overview.open"));
    }
}
