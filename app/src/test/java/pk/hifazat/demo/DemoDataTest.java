package pk.hifazat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.identity.Role;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.internal.Reports;

@HifazatTest
class DemoDataTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    private List<String> demoRoles() {
        return jdbc.sql("SELECT DISTINCT role FROM app_user WHERE username LIKE 'demo.%' ORDER BY role")
                .query(String.class).list();
    }

    @Test
    void demoDataGivesEveryRoleAFictionalUserAndCanBeAskedForTwice() {
        events.publishEvent(new DemoDataRequested());
        events.publishEvent(new DemoDataRequested());

        assertThat(demoRoles()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Role.values()).map(Role::name).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'demo.%' AND display_name NOT LIKE '%(fictional)'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'demo.officer.muzaffargarh'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void demoDataAddsFictionalPublicTipsOnce() {
        events.publishEvent(new DemoDataRequested());
        events.publishEvent(new DemoDataRequested());

        List<String> fictional = jdbc.sql("SELECT id FROM report WHERE source = 'PUBLIC'").query(java.util.UUID.class).list()
                .stream().flatMap(id -> reports.byId(new ReportId(id)).stream())
                .map(stored -> stored.content().description())
                .filter(description -> description != null && description.startsWith("(Fictional demo tip)"))
                .toList();
        assertThat(fictional).hasSize(4);
    }
}
