package pk.hifazat.intake.internal;

import java.util.Set;

import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;

/**
 * What the intake desk lists a report by, read once from its content before it is sealed: the
 * reporter's category (its first annotation), whether it is urgent, and the district its location
 * names.
 */
public record DeskMarks(ReportAnnotation category, boolean urgent, String districtCode) {

    /** A child in danger now or taken: the desk looks at these first, whatever else the report says. */
    static final Set<ReportAnnotation> URGENT = Set.of(ReportAnnotation.CHILD_IN_DANGER_NOW,
            ReportAnnotation.ABDUCTION_OR_MISSING_CHILD);

    static final DeskMarks NONE = new DeskMarks(null, false, null);

    static DeskMarks of(ReportContent content, Districts districts) {
        ReportAnnotation category = content.annotations().isEmpty() ? null : content.annotations().getFirst();
        boolean urgent = content.escalation() != null || content.annotations().stream().anyMatch(URGENT::contains);
        String district = content.location() == null || content.location().district() == null ? null
                : districts.find(content.location().district()).map(District::code).map(c -> c.value()).orElse(null);
        return new DeskMarks(category, urgent, district);
    }
}
