package pk.hifazat;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates staff accounts for tests, each with a unique username, straight in the database. Imported by {@link HifazatTest}. */

public class TestUsers {

    public static final String PASSWORD = "a long test password";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private String passwordHash;

    public TestUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new user of the role at the unit with this code (for example DCU-PK617, Lahore); returns the username. */
    public String create(String role, String unitCode) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        String username = role.toLowerCase().replace('_', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                SELECT ?, ?, ?, ?, ?, id FROM unit WHERE code = ?""")
                .params(UUID.randomUUID(), username, "Test " + role, passwordHash, role, unitCode)
                .update();
        return username;
    }
}
