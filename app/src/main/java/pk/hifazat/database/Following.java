package pk.hifazat.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@link Follower}s: keeps their events in a backlog table and does them when a report's
 * path to its queue is quiet ({@link Precedence}), each follower on a thread of its own, in the order
 * deferred.
 *
 * <p>Why a table rather than listeners that wait: a publication left incomplete in the event
 * registry for over a minute is taken for stalled and handed out again ({@link StalledEventResubmission}),
 * so a listener waiting out a flood would have had its event handed out again every half minute. The
 * following listener instead stores its event here and completes at once; the work is taken off the
 * backlog in the transaction that does it, so a crash loses nothing and does nothing twice, and
 * several instances share a backlog ({@code FOR UPDATE SKIP LOCKED}).
 *
 * <p>A follower is woken when an event is deferred on this instance, and looks once a second for
 * what another instance deferred or what waited through a restart. A command
 * ({@code hifazat.command}) beside a running application never takes its work.
 */
@Component
public class Following implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Following.class);
    static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Precedence precedence;
    private final ObjectProvider<Follower<?>> followers;
    private final boolean command;
    private final Map<String, Semaphore> doorbells = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    Following(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactionManager,
              Precedence precedence, ObjectProvider<Follower<?>> followers, @Value("${hifazat.command:}") String command) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.precedence = precedence;
        this.followers = followers;
        this.command = !command.isBlank();
    }

    /**
     * Keeps the event for the follower, in the caller's transaction; the follower is woken once it
     * commits.
     *
     * <p>Followers call this from a plain {@code @EventListener}, so in the publisher's transaction,
     * not from an {@code @ApplicationModuleListener}. Why: the event registry would write a
     * publication in the same transaction anyway, and then start a thread, mark the publication
     * processing and complete it in two more commits that wait for the disk, all only to write this
     * one row, and beside the report's own next step, which two cores then share with it. The
     * trade-off: a publisher whose transaction fails here fails too, and is retried as it would be
     * for any failure of its own; one row insert rarely fails where the publisher's writes did not.
     */
    public <E> void defer(Follower<E> follower, E event) {
        jdbc.sql("INSERT INTO following_backlog (follower, event) VALUES (?, ?)")
                .params(follower.name(), json.writeValueAsString(event)).update();
        Semaphore doorbell = doorbell(follower.name());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    doorbell.release();
                }
            });
        } else {
            doorbell.release();
        }
    }

    /** How many events wait for the follower, across instances. */
    public long waiting(Follower<?> follower) {
        return jdbc.sql("SELECT count(*) FROM following_backlog WHERE follower = ?").param(follower.name())
                .query(Long.class).single();
    }

    @Override
    public synchronized void start() {
        if (running || command) {
            return;
        }
        running = true;
        followers.orderedStream().forEach(follower ->
                threads.add(Thread.ofVirtual().name("following-" + follower.name()).start(() -> follow(follower))));
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private Semaphore doorbell(String follower) {
        return doorbells.computeIfAbsent(follower, name -> new Semaphore(0));
    }

    private <E> void follow(Follower<E> follower) {
        Semaphore doorbell = doorbell(follower.name());
        while (running) {
            try {
                doorbell.tryAcquire(LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
                doorbell.drainPermits();
                for (Instant oldest = oldest(follower); running && oldest != null; oldest = oldest(follower)) {
                    precedence.awaitLull(oldest);
                    // Nothing taken: another instance holds what waits. Its commit, or a second, wakes this one.
                    if (!running || takeAndDo(follower) == 0) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                // A heap too small for a follower's index (the networks' grows with the graph) once ended
                // its thread: its events stayed in the backlog and nothing took them again until a restart.
                if (!running) {
                    return;
                }
                // The exception's class only: its message may quote what the events carry.
                if (e instanceof OutOfMemoryError) {
                    log.error("Follower {} ran out of heap; its events stay in the backlog and are tried again."
                            + " Raise the heap (JAVA_OPTS=-Xmx…, docs/operations.md#memory)", follower.name());
                } else {
                    log.warn("Follower {} failed ({}); its events stay in the backlog and are tried again",
                            follower.name(), e.getClass().getName());
                }
                try {
                    Thread.sleep(AFTER_FAILURE);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private Instant oldest(Follower<?> follower) {
        return jdbc.sql("SELECT stored_at FROM following_backlog WHERE follower = ? ORDER BY id LIMIT 1")
                .param(follower.name()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
    }

    /** Takes the follower's next events off the backlog and does them; how many it took. */
    private <E> int takeAndDo(Follower<E> follower) {
        return transactions.execute(status -> {
            List<Deferred> taken = jdbc.sql("""
                            DELETE FROM following_backlog WHERE id IN (
                                SELECT id FROM following_backlog WHERE follower = ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                            RETURNING id, event""")
                    .params(follower.name(), follower.eventsAtOnce())
                    .query((rs, row) -> new Deferred(rs.getLong(1), rs.getString(2))).list();
            if (!taken.isEmpty()) {
                follower.follow(taken.stream().sorted(Comparator.comparingLong(Deferred::id))
                        .map(deferred -> json.readValue(deferred.event(), follower.events())).toList());
            }
            return taken.size();
        });
    }

    private record Deferred(long id, String event) {
    }
}
