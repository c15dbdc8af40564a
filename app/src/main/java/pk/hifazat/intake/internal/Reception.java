package pk.hifazat.intake.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.hifazat.database.TimeOrderedIds;
import pk.hifazat.geography.Districts;
import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.intake.Violation;
import pk.hifazat.privacy.PersonalData;

/**
 * Turns what arrived into a report ready to store: checks and normalises it, gives it an id, a
 * receipt code and its time of arrival, and writes its JSON. No database: safe to run on every
 * line of a bulk file before any transaction opens.
 */
@Component
public class Reception {

    private final ReportNormaliser normaliser;
    private final ReportJson json;
    private final Clock clock;
    private final PersonalData personalData;
    private final Districts districts;
    private final SecureRandom random = new SecureRandom();

    Reception(ReportNormaliser normaliser, ReportJson json, Clock clock, PersonalData personalData, Districts districts) {
        this.normaliser = normaliser;
        this.json = json;
        this.clock = clock;
        this.personalData = personalData;
        this.districts = districts;
    }

    /**
     * An industry report sent with an organisation's API key; {@code raw} is the JSON exactly as sent.
     *
     * @throws InvalidReportException naming every field that is wrong
     */
    public PendingReport industryReport(ReportContent content, String raw, ApiClient client) {
        return accept(content, null, raw, ReportSource.INDUSTRY, client, Requirements.INDUSTRY_REPORT);
    }

    /** A tip from the public web form. */
    PendingReport publicTip(ReportContent content, ReporterContact contact) {
        return accept(content, contact, json.write(new SubmittedTip(content, contact)), ReportSource.PUBLIC, null,
                Requirements.PUBLIC_TIP);
    }

    /** What {@link #publicTip} would refuse in this tip. */
    List<Violation> problemsInTip(ReportContent content, ReporterContact contact) {
        return normaliser.normalise(content, contact, Requirements.PUBLIC_TIP).violations();
    }

    NormalisedReport addition(ReportContent content, ReporterContact contact) {
        NormalisedReport normalised = normaliser.normalise(content, contact, Requirements.ADDITION);
        if (!normalised.isValid()) {
            throw new InvalidReportException(normalised.violations());
        }
        return normalised;
    }

    ReceiptCode newReceipt() {
        return ReceiptCode.random(random);
    }

    private PendingReport accept(ReportContent content, ReporterContact contact, String raw, ReportSource source,
                                 ApiClient client, Requirements requirements) {
        NormalisedReport normalised = normaliser.normalise(content, contact, requirements);
        if (!normalised.isValid()) {
            throw new InvalidReportException(normalised.violations());
        }
        ReportContent report = normalised.content();
        ReportId id = new ReportId(TimeOrderedIds.next());
        SealedFields sealed = SealedFields.seal(personalData, id.value(), raw, json.write(report),
                normalised.contact() == null ? null : json.write(normalised.contact()));
        return new PendingReport(id, newReceipt(), source, client == null ? null : client.organisation(),
                client == null ? null : client.key(), report.externalReportId(), StoredTime.now(clock), report.incidentType(),
                report.incidentTime(), sealed, report.persons().size(),
                normalised.identifiers(), report.files(), DeskMarks.of(report, districts), report);
    }

    /** The record kept of a tip as the form gave it. */
    record SubmittedTip(ReportContent tip, ReporterContact contact) {
    }
}
