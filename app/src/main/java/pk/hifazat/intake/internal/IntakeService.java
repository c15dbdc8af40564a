package pk.hifazat.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.database.TimeOrderedIds;
import pk.hifazat.intake.AdditionId;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.PublicStatus;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportInformationAdded;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.intake.Violation;

@Service
class IntakeService implements Intake {

    private final Reception reception;
    private final ReportWriter writer;
    private final Reports reports;
    private final Additions additions;
    private final ReportJson json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(Reception reception, ReportWriter writer, Reports reports, Additions additions, ReportJson json,
                  AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reception = reception;
        this.writer = writer;
        this.reports = reports;
        this.additions = additions;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt submitTip(ReportContent tip, ReporterContact contact) {
        PendingReport report = reception.publicTip(tip, contact);
        Receipt receipt = writer.write(List.of(report)).getFirst();
        audit.record(new AuditRecord("public", IntakeAction.RECEIVE, "Report", receipt.report().toString(), null, "public tip"));
        return receipt;
    }

    @Override
    public List<Violation> problemsIn(ReportContent tip, ReporterContact contact) {
        return reception.problemsInTip(tip, contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicStatus> status(ReceiptCode code) {
        return reports.statusOf(code);
    }

    @Override
    @Transactional
    public Optional<AdditionId> addInformation(ReceiptCode code, ReportContent addition, ReporterContact contact) {
        NormalisedReport normalised = reception.addition(addition, contact);
        Optional<ReportId> report = reports.lockByReceipt(code);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        UUID id = TimeOrderedIds.next();
        Instant now = StoredTime.now(clock);
        additions.add(id, report.get(), now, json.write(new Reception.SubmittedTip(addition, contact)),
                json.write(normalised.content()), normalised.contact() == null ? null : json.write(normalised.contact()),
                normalised.identifiers(), normalised.content().files());
        events.publishEvent(new ReportInformationAdded(report.get(), new AdditionId(id), now));
        audit.record(new AuditRecord("public", IntakeAction.ADD_INFORMATION, "Report", report.get().toString(), null,
                "addition " + id));
        return Optional.of(new AdditionId(id));
    }

    @Override
    @Transactional
    public void changeStatus(ReportId report, ReportStatus status) {
        if (!reports.changeStatus(report, status)) {
            throw new IllegalArgumentException("There is no report " + report);
        }
        audit.record(AuditRecord.of(CommonAction.CHANGE_STATUS, "Report", report).withDetail(status.name()));
    }
}
