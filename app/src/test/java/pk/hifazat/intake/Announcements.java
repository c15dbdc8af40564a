package pk.hifazat.intake;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * The reports of one organisation that intake announces ({@link ReportsReceived}) while a test
 * listens, whichever thread published them, as they are published: also those of a transaction
 * that is later rolled back, so that a report announced twice would be seen twice.
 */
public final class Announcements implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<ReportArrival> heard = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listener;

    private Announcements(ConfigurableApplicationContext context, UUID organisation) {
        this.context = context;
        OrganisationId ours = new OrganisationId(organisation);
        this.listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ReportsReceived batch) {
                batch.reports().stream().filter(report -> ours.equals(report.organisation())).forEach(heard::add);
            }
        };
    }

    public static Announcements of(ConfigurableApplicationContext context, UUID organisation) {
        Announcements announcements = new Announcements(context, organisation);
        context.addApplicationListener(announcements.listener);
        return announcements;
    }

    public List<ReportArrival> reports() {
        return List.copyOf(heard);
    }

    @Override
    public void close() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    }
}
