package pk.hifazat.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link DemoDataRequested} after start-up when {@code --demo} is given (or
 * {@code hifazat.demo.enabled}); never by default.
 */
@Component
@Order(10)
class DemoMode implements ApplicationRunner {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final ApplicationEventPublisher events;
    private final DemoProperties properties;

    DemoMode(ApplicationEventPublisher events, DemoProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo") || properties.enabled()) {
            console.warn("Demo mode: adding fictional demo data. Never use --demo on a real installation.");
            events.publishEvent(new DemoDataRequested());
        }
    }
}
