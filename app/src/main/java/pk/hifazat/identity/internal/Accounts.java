package pk.hifazat.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.UnitId;

@Repository
class Accounts {

    private static final String COLUMNS = "id, username, display_name, password_hash, role, unit_id, enabled, "
            + "must_change_password";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(?)")
                .param(username).query(Accounts::row).optional();
    }

    Optional<Account> byId(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id.value()).query(Accounts::row).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY role, lower(username)").query(Accounts::row).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    UserId add(String username, String displayName, String passwordHash, Role role, UnitId unit, boolean mustChangePassword) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id, must_change_password)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, username, displayName, passwordHash, role.name(), unit.value(), mustChangePassword)
                .update();
        return new UserId(id);
    }

    void changePassword(UserId id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = false WHERE id = ?")
                .params(passwordHash, id.value()).update();
    }

    void change(UserId id, String displayName, Role role, UnitId unit) {
        jdbc.sql("UPDATE app_user SET display_name = ?, role = ?, unit_id = ? WHERE id = ?")
                .params(displayName, role.name(), unit.value(), id.value()).update();
    }

    void enable(UserId id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?").params(enabled, id.value()).update();
    }

    /** Sets a password that its holder must replace at their next sign-in. */
    void resetPassword(UserId id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = true WHERE id = ?")
                .params(passwordHash, id.value()).update();
    }

    private static Account row(ResultSet rs, int n) throws SQLException {
        return new Account(new UserId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3), rs.getString(4),
                Role.valueOf(rs.getString(5)), new UnitId(rs.getObject(6, UUID.class)), rs.getBoolean(7),
                rs.getBoolean(8));
    }
}
