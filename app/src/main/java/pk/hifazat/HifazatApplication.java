package pk.hifazat;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

import pk.hifazat.backup.Restore;
import pk.hifazat.privacy.KeyRotationCommand;

/**
 * Hifazat: the operations platform of a national cyber-crime agency's child-protection work.
 * Each direct sub-package is one capability (a Spring Modulith module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Hifazat", sharedModules = "database")
public class HifazatApplication {

    public static void main(String[] args) {
        if (Restore.requested(args)) {
            System.exit(Restore.fromCommandLine(args, System.getenv()));
        }
        if (KeyRotationCommand.requested(args)) {
            System.exit(KeyRotationCommand.fromCommandLine(args, System.getenv()));
        }
        ConfigurableApplicationContext context = SpringApplication.run(HifazatApplication.class, args);
        if (context.getEnvironment().containsProperty("hifazat.command")) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
