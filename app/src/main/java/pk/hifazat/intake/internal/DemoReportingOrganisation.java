package pk.hifazat.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.demo.DemoDataRequested;

/**
 * A fictional platform with an API key, so that a newcomer can try the industry API (the key is
 * printed once), and its few fictional reports, so that the intake desk has something to show.
 */
@Component
class DemoReportingOrganisation {

    static final String NAME = "Demo Platform (fictional)";

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final ReportingOrganisations organisations;
    private final ApiKeys keys;
    private final Reception reception;
    private final ReportWriter writer;
    private final ReportJson json;
    private final AuditLog audit;

    DemoReportingOrganisation(ReportingOrganisations organisations, ApiKeys keys, Reception reception,
                              ReportWriter writer, ReportJson json, AuditLog audit) {
        this.organisations = organisations;
        this.keys = keys;
        this.reception = reception;
        this.writer = writer;
        this.json = json;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(DemoDataRequested request) {
        if (organisations.byName(NAME).isPresent()) {
            return;
        }
        var organisation = organisations.add(NAME, OrganisationKind.PLATFORM);
        audit.record(new AuditRecord("system", CommonAction.CREATE, "ReportingOrganisation", organisation.id().toString(), null, "demo"));
        IssuedKey issued = keys.issue(organisation.id(), "demo key", "system");
        audit.record(new AuditRecord("system", IntakeAction.ISSUE, "ApiKey", issued.key().id().toString(), null, "demo"));
        var client = new ApiClient(organisation.id(), NAME, issued.key().id(), issued.key().prefix());
        List<PendingReport> reports = demoReports().stream()
                .map(line -> reception.industryReport(json.read(line), line, client))
                .toList();
        writer.write(reports);
        audit.record(new AuditRecord("system", IntakeAction.IMPORT, "ReportingOrganisation", organisation.id().toString(), null,
                "demo: " + reports.size() + " new reports"));
        // Printed once committed: a key shown earlier could be tried before it exists.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                console.warn("Demo reporting organisation '{}' API key: {}", NAME, issued.secret());
            }
        });
    }

    private static List<String> demoReports() {
        try {
            return new ClassPathResource("intake/demo-reports.ndjson").getContentAsString(StandardCharsets.UTF_8)
                    .lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo reports are missing from the application", e);
        }
    }
}
