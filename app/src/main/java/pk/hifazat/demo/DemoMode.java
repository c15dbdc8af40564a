package pk.hifazat.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Publishes {@link DemoDataRequested} after start-up when {@code --demo} is given; never by default. */
@Component
@Order(10)
class DemoMode implements ApplicationRunner {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final ApplicationEventPublisher events;
    private final Environment environment;

    DemoMode(ApplicationEventPublisher events, Environment environment) {
        this.events = events;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo") || environment.getProperty("hifazat.demo", Boolean.class, false)) {
            console.warn("Demo mode: adding fictional demo data. Never use --demo on a real installation.");
            events.publishEvent(new DemoDataRequested());
        }
    }
}
