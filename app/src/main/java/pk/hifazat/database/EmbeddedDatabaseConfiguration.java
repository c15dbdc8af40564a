package pk.hifazat.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database, used only when no external one is configured. Boot's own connection
 * pool, Flyway and health checks then apply unchanged through {@link JdbcConnectionDetails} (the
 * application's role) and {@link FlywayConnectionDetails} (the superuser, who owns the tables).
 *
 * <p>A command ({@code hifazat.command}) run on the data folder of a running Hifazat reads that
 * application's server instead of starting its own, and neither migrates nor stops it. A second
 * application start there is refused.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, @Value("${hifazat.command:}") String command) {
        String password = DatabasePassword.of(properties).value();
        if (properties.ephemeral()) {
            return EmbeddedDatabase.started(EmbeddedServer.ephemeral(password), password);
        }
        var running = RunningServer.in(properties.postgresDirectory()).filter(RunningServer::hasLiveOwner);
        if (running.isPresent() && !command.isBlank()) {
            log.info("Hifazat runs on {}: reading its database server (pid {}) instead of starting one",
                    properties.folder(), running.get().pid());
            return EmbeddedDatabase.running(running.get(), password);
        }
        return EmbeddedDatabase.started(EmbeddedServer.persistent(properties.postgresDirectory(), password,
                properties.databaseSharedBuffers()), password);
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedServer.APPLICATION_ROLE;
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    @Bean
    FlywayConnectionDetails embeddedMigrationConnectionDetails(EmbeddedDatabase database) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedServer.SUPERUSER;
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    /** A running application's database is its own to migrate. */
    @Bean
    FlywayMigrationStrategy embeddedMigrations(EmbeddedDatabase database) {
        return flyway -> {
            if (!database.belongsToARunningApplication()) {
                flyway.migrate();
            }
        };
    }
}
