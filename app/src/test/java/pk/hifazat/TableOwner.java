package pk.hifazat;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import pk.hifazat.database.EmbeddedDatabase;

/**
 * A connection as the owner of the tables — the embedded server's superuser, or the role an external
 * database's migrations run as ({@code SPRING_FLYWAY_USER}) — for tests that act as an intruder
 * with the owner's password would, or that must change what the application's role may not.
 * Imported by {@link HifazatTest}, so the same tests run against either database.
 */
public class TableOwner {

    private final DataSource dataSource;

    public TableOwner(ObjectProvider<EmbeddedDatabase> embedded, Environment environment) {
        EmbeddedDatabase database = embedded.getIfAvailable();
        this.dataSource = database != null ? database.superuser()
                : new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                        environment.getRequiredProperty("spring.flyway.user"),
                        environment.getRequiredProperty("spring.flyway.password"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
