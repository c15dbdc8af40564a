package pk.hifazat.intake;

import java.time.Instant;
import java.util.List;

/**
 * What a report says, modelled on NCMEC's CyberTipline. The same shape serves industry reports
 * (where {@code externalReportId}, {@code incidentType} and {@code incidentTime} are required),
 * public tips (where little is) and additions to either; stored both as sent and normalised.
 *
 * @param externalReportId the reporting organisation's own id: the same one never makes a second report
 * @param escalation       a note that marks the report urgent, in the reporter's words
 */
public record ReportContent(String externalReportId, IncidentType incidentType, Instant incidentTime,
                            String incidentTimeDescription, String escalation, List<IncidentMedium> media,
                            List<ReportAnnotation> annotations, String description, List<Person> persons,
                            List<Person> intendedRecipients, List<Victim> victims, List<MediaFile> files,
                            LocationHint location) {

    public ReportContent {
        media = media == null ? List.of() : List.copyOf(media);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        persons = persons == null ? List.of() : List.copyOf(persons);
        intendedRecipients = intendedRecipients == null ? List.of() : List.copyOf(intendedRecipients);
        victims = victims == null ? List.of() : List.copyOf(victims);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
