package pk.hifazat.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.identity.Role;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.UnitId;

@Component
class StaffDirectoryOfAccounts implements StaffDirectory {

    private static final String COLUMNS = "SELECT id, username, display_name, role, unit_id FROM app_user ";

    private final JdbcClient jdbc;

    StaffDirectoryOfAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffMember> byId(UserId id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id.value()).query(StaffDirectoryOfAccounts::row).optional();
    }

    @Override
    public List<StaffMember> byIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        return jdbc.sql(COLUMNS + "WHERE id = ANY(?)").param(values).query(StaffDirectoryOfAccounts::row).list();
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        return jdbc.sql(COLUMNS + "WHERE lower(username) = lower(?)").param(username)
                .query(StaffDirectoryOfAccounts::row).optional();
    }

    @Override
    public List<StaffMember> ofUnits(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        UUID[] values = units.stream().map(UnitId::value).distinct().toArray(UUID[]::new);
        return jdbc.sql(COLUMNS + "WHERE enabled AND unit_id = ANY(?) ORDER BY lower(display_name)").param(values)
                .query(StaffDirectoryOfAccounts::row).list();
    }

    private static StaffMember row(ResultSet rs, int n) throws SQLException {
        return new StaffMember(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), new UnitId(rs.getObject("unit_id", UUID.class)));
    }
}
