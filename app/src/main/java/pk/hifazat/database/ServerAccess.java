package pk.hifazat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Who may connect to an embedded server. The library creates it with {@code trust}: any local user,
 * through the loopback port or the socket, is let in as the superuser without a password, and can
 * then rewrite anything, the audit log included. Here every connection needs a password
 * (scram-sha-256), the superuser's and the application role's, set at every start (both the same:
 * the separate role limits what the application's own connections can do, not who knows the
 * password).
 *
 * <p>A server first started by an earlier version still trusts everyone until its first start here:
 * the passwords are set over that trusted connection, then {@code pg_hba.conf} is replaced and
 * reloaded. The password cannot be changed by changing the setting alone: the server only lets in
 * the one it already has.
 */
final class ServerAccess {

    static final String MARKER = "# Written by Hifazat: every connection needs a password.";

    private ServerAccess() {
    }

    static EmbeddedPostgres requirePassword(EmbeddedPostgres server, String password) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                    + EmbeddedServer.APPLICATION_ROLE + "') THEN CREATE ROLE " + EmbeddedServer.APPLICATION_ROLE
                    + "; END IF; END $$");
            statement.execute("ALTER ROLE " + EmbeddedServer.SUPERUSER + " PASSWORD " + literal(password));
            statement.execute("ALTER ROLE " + EmbeddedServer.APPLICATION_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(password));
            if (writeRules(dataDirectory(statement))) {
                statement.execute("SELECT pg_reload_conf()");
            }
            return server;
        } catch (SQLException | RuntimeException e) {
            try {
                server.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new IllegalStateException("Could not require a password on the embedded PostgreSQL", e);
        }
    }

    private static Path dataDirectory(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW data_directory")) {
            row.next();
            return Path.of(row.getString(1));
        }
    }

    /** Writes the rules unless they are already in place; true when written. */
    private static boolean writeRules(Path dataDirectory) {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        String wanted = MARKER + "\n"
                + "local all all scram-sha-256\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n"
                + "host all all ::1/128 scram-sha-256\n";
        try {
            if (Files.exists(rules) && Files.readString(rules, StandardCharsets.UTF_8).equals(wanted)) {
                return false;
            }
            Files.writeString(rules, wanted, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + rules, e);
        }
    }

    /** A string literal; standard_conforming_strings is on, so only quotes need doubling. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
