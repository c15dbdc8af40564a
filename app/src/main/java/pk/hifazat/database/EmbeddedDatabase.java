package pk.hifazat.database;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded server this application talks to: the one it started, or, for a command such as
 * {@code ./hifazat audit-verify} run beside a running Hifazat, that application's server, reached
 * through the same connection settings and never stopped or migrated from here.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres started;
    private final int port;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres started, int port, String password) {
        this.started = started;
        this.port = port;
        this.password = password;
    }

    static EmbeddedDatabase started(EmbeddedPostgres server, String password) {
        return new EmbeddedDatabase(server, server.getPort(), password);
    }

    static EmbeddedDatabase running(RunningServer server, String password) {
        return new EmbeddedDatabase(null, server.port(), password);
    }

    /** Whether this is a running Hifazat's server, which a command reads but must not change. */
    public boolean belongsToARunningApplication() {
        return started == null;
    }

    String jdbcUrl() {
        return EmbeddedServer.jdbcUrl(port);
    }

    String password() {
        return password;
    }

    /**
     * The superuser, who owns the tables: for tests that tamper with the data as an intruder with
     * the database's password would. The application's own work never uses it.
     */
    public DataSource superuser() {
        return new DriverManagerDataSource(jdbcUrl(), EmbeddedServer.SUPERUSER, password);
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
