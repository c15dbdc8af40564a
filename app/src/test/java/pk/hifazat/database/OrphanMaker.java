package pk.hifazat.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedServerTest}: starts the embedded server on a data directory
 * with the password {@link #PASSWORD}, commits a row, writes the ready file named by its second
 * argument, and waits: while it lives, it is the server's running application; killed with SIGKILL,
 * it leaves its server orphaned.
 */
public final class OrphanMaker {

    static final String NOTE = "committed before the kill";
    static final String PASSWORD = "a password for the test's server";

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        var server = EmbeddedServer.persistent(Path.of(args[0]), PASSWORD);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (note text)");
            statement.execute("INSERT INTO survivor VALUES ('" + NOTE + "')");
        }
        Files.writeString(Path.of(args[1]), "ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
