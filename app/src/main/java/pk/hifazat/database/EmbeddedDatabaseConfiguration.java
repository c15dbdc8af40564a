package pk.hifazat.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database, used only when no external one is configured. Boot's own connection
 * pool, Flyway and health checks then apply unchanged through {@link JdbcConnectionDetails}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        return properties.ephemeral()
                ? EmbeddedServer.ephemeral()
                : EmbeddedServer.persistent(properties.dataDir().toAbsolutePath().normalize().resolve("postgres"));
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres server) {
        String url = server.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
