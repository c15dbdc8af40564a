package pk.hifazat.linking;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/** Every {@link ReportsLinked} and {@link ClustersSplit} published while a test listens, as published. */
final class LinkedAnnouncements implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<Object> heard = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && (payload.getPayload() instanceof ReportsLinked || payload.getPayload() instanceof ClustersSplit)) {
            heard.add(payload.getPayload());
        }
    };

    LinkedAnnouncements(ConfigurableApplicationContext context) {
        this.context = context;
        context.addApplicationListener(listener);
    }

    List<ReportsLinked> linked() {
        return heard.stream().filter(ReportsLinked.class::isInstance).map(ReportsLinked.class::cast).toList();
    }

    List<ClustersSplit> splits() {
        return heard.stream().filter(ClustersSplit.class::isInstance).map(ClustersSplit.class::cast).toList();
    }

    @Override
    public void close() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    }
}
