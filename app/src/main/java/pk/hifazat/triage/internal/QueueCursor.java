package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where a queue page ends, in the queue's order (priority, oldest first, then id): the next page starts after it. */
public record QueueCursor(int priority, Instant firstReceivedAt, UUID cluster) {

    static Optional<QueueCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split("_");
        try {
            return parts.length == 3
                    ? Optional.of(new QueueCursor(Integer.parseInt(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2])))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static QueueCursor after(QueueItem item) {
        return new QueueCursor(item.priority().level(), item.firstReceivedAt(), item.cluster());
    }

    @Override
    public String toString() {
        return priority + "_" + firstReceivedAt + "_" + cluster;
    }
}
