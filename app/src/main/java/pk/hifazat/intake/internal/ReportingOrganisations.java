package pk.hifazat.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReportingOrganisations {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingOrganisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ReportingOrganisation> all() {
        return jdbc.sql("SELECT id, name, kind, created_at FROM reporting_organisation ORDER BY lower(name)")
                .query(ReportingOrganisations::row).list();
    }

    public Optional<ReportingOrganisation> byId(UUID id) {
        return jdbc.sql("SELECT id, name, kind, created_at FROM reporting_organisation WHERE id = ?")
                .param(id).query(ReportingOrganisations::row).optional();
    }

    public Optional<ReportingOrganisation> byName(String name) {
        return jdbc.sql("SELECT id, name, kind, created_at FROM reporting_organisation WHERE lower(name) = lower(?)")
                .param(name.strip()).query(ReportingOrganisations::row).optional();
    }

    public ReportingOrganisation add(String name, OrganisationKind kind) {
        var organisation = new ReportingOrganisation(UUID.randomUUID(), name.strip(), kind, clock.instant());
        jdbc.sql("INSERT INTO reporting_organisation (id, name, kind, created_at) VALUES (?, ?, ?, ?)")
                .params(organisation.id(), organisation.name(), kind.name(), Timestamp.from(organisation.createdAt()))
                .update();
        return organisation;
    }

    private static ReportingOrganisation row(ResultSet rs, int n) throws SQLException {
        return new ReportingOrganisation(rs.getObject(1, UUID.class), rs.getString(2),
                OrganisationKind.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant());
    }
}
