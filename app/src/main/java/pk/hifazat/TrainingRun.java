package pk.hifazat;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The launcher's training start for the JDK's start-up cache: the application starts in full and
 * then closes itself. Spring's own {@code spring.context.exit=onRefresh} halts the JVM without
 * closing anything, which left the throw-away database server of every training start running.
 */
@Component
@ConditionalOnBooleanProperty("hifazat.training-run")
class TrainingRun implements ApplicationRunner {

    private final ConfigurableApplicationContext context;

    TrainingRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        System.exit(SpringApplication.exit(context));
    }
}
