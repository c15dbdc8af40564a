package pk.hifazat.networks.internal;

import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportId;

/** What the picture calls reports, persons and children. Children never by name: by a pseudonym made from the report. */
final class ReportLabels {

    private ReportLabels() {
    }

    static String of(IncomingReport report) {
        String type = report.content().incidentType() == null ? "" : " · " + report.content().incidentType().name();
        return "R-" + shortId(report.id()) + type;
    }

    static String person(Person person, int index) {
        return person.name() == null || person.name().isBlank() ? "#" + (index + 1) : person.name().strip();
    }

    static String pseudonym(ReportId report, int index) {
        return "C-" + shortId(report) + "-" + (index + 1);
    }

    /** The last eight hex digits: report ids are time-ordered, so their first digits are alike. */
    private static String shortId(ReportId id) {
        String hex = id.value().toString();
        return hex.substring(hex.length() - 8).toUpperCase(java.util.Locale.ROOT);
    }
}
