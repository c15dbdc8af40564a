package pk.hifazat.demo;

import org.jmolecules.event.annotation.DomainEvent;

/** The application was started with {@code --demo}: modules add their demo records, once. */
@DomainEvent
public record DemoDataRequested() {
}
