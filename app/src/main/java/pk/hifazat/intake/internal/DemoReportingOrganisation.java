package pk.hifazat.intake.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.demo.DemoDataRequested;

/** A fictional platform with an API key, so that a newcomer can try the industry API; the key is printed once. */
@Component
class DemoReportingOrganisation {

    static final String NAME = "Demo Platform (fictional)";

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final ReportingOrganisations organisations;
    private final ApiKeys keys;
    private final AuditLog audit;

    DemoReportingOrganisation(ReportingOrganisations organisations, ApiKeys keys, AuditLog audit) {
        this.organisations = organisations;
        this.keys = keys;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(DemoDataRequested request) {
        if (organisations.byName(NAME).isPresent()) {
            return;
        }
        var organisation = organisations.add(NAME, OrganisationKind.PLATFORM);
        audit.record(new AuditRecord("system", "CREATE", "ReportingOrganisation", organisation.id().toString(), null, "demo"));
        IssuedKey issued = keys.issue(organisation.id(), "demo key", "system");
        audit.record(new AuditRecord("system", "ISSUE", "ApiKey", issued.key().id().toString(), null, "demo"));
        console.warn("Demo reporting organisation '{}' API key: {}", NAME, issued.secret());
    }
}
