package pk.hifazat.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.demo.DemoDataRequested;
import pk.hifazat.identity.Role;
import pk.hifazat.units.Units;

/** Fictional staff for every role, so a newcomer can sign in as each; passwords printed once. */
@Component
class DemoStaff {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private record Member(String username, String displayName, Role role, String unitCode) {
    }

    private static final List<Member> STAFF = List.of(
            new Member("demo.admin", "Demo Administrator (fictional)", Role.ADMINISTRATOR, "HQ"),
            new Member("demo.analyst", "Demo Intake Analyst (fictional)", Role.INTAKE_ANALYST, "HQ"),
            new Member("demo.supervisor", "Demo Supervisor, Punjab Zone (fictional)", Role.SUPERVISOR, "ZONE-PK6"),
            new Member("demo.officer.muzaffargarh", "Demo Officer, Muzaffargarh (fictional)", Role.DISTRICT_OFFICER, "DCU-PK623"),
            new Member("demo.officer.lahore", "Demo Officer, Lahore (fictional)", Role.DISTRICT_OFFICER, "DCU-PK617"),
            new Member("demo.caseworker", "Demo CPB Caseworker, Punjab (fictional)", Role.CPB_CASEWORKER, "CPB-PK6"),
            new Member("demo.caseworker.multan", "Demo CPWB Caseworker, Multan (fictional)", Role.CPB_CASEWORKER, "CPB-PK622"),
            new Member("demo.curator", "Demo Hash-list Curator (fictional)", Role.HASH_CURATOR, "HQ"),
            new Member("demo.auditor", "Demo Auditor (fictional)", Role.AUDITOR, "HQ"));

    private final Accounts accounts;
    private final Units units;
    private final Passwords passwords;
    private final AuditLog audit;

    DemoStaff(Accounts accounts, Units units, Passwords passwords, AuditLog audit) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(DemoDataRequested request) {
        for (Member member : STAFF) {
            if (accounts.usernameTaken(member.username())) {
                continue;
            }
            String password = FirstAdministrator.randomPassword();
            var unit = units.byCode(member.unitCode()).orElseThrow();
            var id = accounts.add(member.username(), member.displayName(), passwords.hash(password), member.role(),
                    unit.id(), false);
            audit.record(new AuditRecord("system", CommonAction.CREATE, "User", id.toString(), null, "demo"));
            console.warn("Demo user {} ({}) password: {}", member.username(), member.role(), password);
        }
    }
}
