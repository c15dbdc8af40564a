package pk.hifazat.media.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.index.HashIndex;
import org.hifazat.pdq.index.HashIndexBuilder;
import org.hifazat.pdq.index.Match;
import org.hifazat.pdq.index.MatchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.media.BankId;

/**
 * Every live PDQ entry (quality 50 or more, or not known) of every bank not retired, in memory.
 * Disabled banks stay in it and are filtered out when searching, so that enabling one is instant.
 *
 * <p>The design: an immutable {@link HashIndex} built from the database (at start, and again in the
 * background once the entries added since outnumber half of it, or {@code fold-above}, whichever is
 * more — so a growing bank is rebuilt a logarithmic number of times, not once per import), the
 * entries added since then searched one by one, and a set of entries removed since then. Every instance follows the {@link ChangeLog} on its own,
 * every {@code follow-every} (and at once after a change made here), so instances sharing one
 * database agree within about that time. An entry's id in the index carries its bank's slot in the
 * high bits, so a hit needs no look-up to know its bank.
 */
@Component
class PdqIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PdqIndex.class);
    private static final int SLOT_SHIFT = 40;
    private static final long ENTRY_MASK = (1L << SLOT_SHIFT) - 1;
    private static final int USABLE_QUALITY = 50;

    /** What searching sees: replaced whole, never changed. */
    private record State(HashIndex base, long builtAt, RecentEntries recent, Map<Long, Long> removed,
                         Map<BankId, Rule> rules, int widestRadius, long applied) {
    }

    /** What a bank asks of matching now. */
    record Rule(int radius, boolean matching) {
    }

    private final JdbcTemplate jdbc;
    private final ChangeLog changes;
    private final TransactionTemplate snapshotReads;
    private final MediaProperties properties;
    private final Map<BankId, Integer> slots = new ConcurrentHashMap<>();
    private final List<BankId> banksBySlot = new CopyOnWriteArrayList<>();
    private final AtomicBoolean folding = new AtomicBoolean();
    private final AtomicInteger importsHere = new AtomicInteger();
    private volatile State state;
    private ScheduledExecutorService follower;

    PdqIndex(JdbcTemplate jdbc, ChangeLog changes, PlatformTransactionManager transactions, MediaProperties properties) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.properties = properties;
        this.snapshotReads = new TransactionTemplate(transactions);
        snapshotReads.setReadOnly(true);
        snapshotReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The live entries within their bank's radius of any of the hashes, in banks that match now and
     * that {@code banks} accepts, closest first.
     */
    List<PdqHit> search(List<PdqHash> hashes, Predicate<BankId> banks) {
        State s = current();
        if (s.widestRadius() < 0) {
            return List.of();
        }
        List<PdqHit> hits = new ArrayList<>();
        Map<Long, Integer> best = new HashMap<>();
        for (PdqHash hash : hashes) {
            for (Match m : s.base().search(MatchQuery.of(hash).withRadius(s.widestRadius()).withQualityFloor(0))) {
                best.merge(m.id(), m.distance(), Math::min);
            }
        }
        s.recent().search(hashes.toArray(PdqHash[]::new), s.widestRadius(), (id, d) -> best.merge(id, d, Math::min),
                id -> true);
        best.forEach((id, distance) -> {
            long entry = id & ENTRY_MASK;
            BankId bank = bankOf(id);
            Rule rule = s.rules().get(bank);
            if (rule != null && rule.matching() && distance <= rule.radius() && !s.removed().containsKey(entry)
                    && banks.test(bank)) {
                hits.add(new PdqHit(entry, bank, distance));
            }
        });
        hits.sort((a, b) -> a.distance() != b.distance() ? Integer.compare(a.distance(), b.distance())
                : Long.compare(a.entry(), b.entry()));
        return hits;
    }

    /** Entries in the index (the built part and those added since), whatever their bank's state. */
    int size() {
        State s = current();
        return s.base().size() + s.recent().size();
    }

    /**
     * Catches up as soon as the current transaction commits (at once without one): a change made
     * here shows in this instance's matching immediately, not at the next poll.
     */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp();
                }
            });
        } else {
            catchUp();
        }
    }

    /** Entries added since the index was last built, searched one by one. */
    int recentSize() {
        return current().recent().size();
    }

    /**
     * An import runs on this instance: the index is not rebuilt until it ends. Rebuilding while a
     * large list streams in would rebuild it again and again as it grows (a 10-million-line import
     * spent most of a core on eight rebuilds, and ran 60 % longer); meanwhile the entries added are
     * searched one by one, slower, but found. Other instances, which only follow the change log,
     * rebuild as they like.
     */
    void importStarted() {
        importsHere.incrementAndGet();
    }

    /** The import ended: what it added is taken in, and the index rebuilt once if it has grown enough. */
    void importEnded() {
        importsHere.decrementAndGet();
        catchUp();
    }

    /** Reads and applies what changed since the last change applied here. */
    synchronized void catchUp() {
        State s = current();
        List<ChangeLog.Change> batch;
        do {
            batch = changes.since(s.applied(), 1000);
            for (ChangeLog.Change change : batch) {
                s = apply(s, change);
            }
            state = s;
        } while (batch.size() == 1000);
        if (importsHere.get() == 0 && s.recent().size() > Math.max(properties.foldAbove(), s.base().size() / 2)
                && folding.compareAndSet(false, true)) {
            Thread.ofVirtual().name("pdq-index-fold").start(this::fold);
        }
    }

    private State apply(State s, ChangeLog.Change change) {
        return switch (change.kind()) {
            case BANK -> new State(s.base(), s.builtAt(), s.recent(), s.removed(), rules(), widest(rules()), change.seq());
            case REMOVED -> {
                Map<Long, Long> removed = new HashMap<>(s.removed());
                removed.put(change.from(), change.seq());
                yield new State(s.base(), s.builtAt(), s.recent(), Map.copyOf(removed), s.rules(), s.widestRadius(),
                        change.seq());
            }
            case ADDED -> {
                RecentEntries[] recent = {s.recent()};
                long slot = (long) slotOf(change.bank()) << SLOT_SHIFT;
                jdbc.query("SELECT id, pdq FROM media_entry WHERE import_id = ? AND id BETWEEN ? AND ? AND pdq IS NOT NULL "
                                + "AND removed_at IS NULL AND (pdq_quality IS NULL OR pdq_quality >= ?)",
                        rs -> {
                            recent[0] = recent[0].plus(PdqBytes.hash(rs.getBytes(2)), slot | rs.getLong(1), change.seq());
                        }, change.importId(), change.from(), change.to(), USABLE_QUALITY);
                yield new State(s.base(), s.builtAt(), recent[0], s.removed(), s.rules(), s.widestRadius(), change.seq());
            }
        };
    }

    /** Builds a new index from the database in the background, then keeps only what came after it. */
    private void fold() {
        try {
            State built = build();
            synchronized (this) {
                State s = current();
                Map<Long, Long> removed = new HashMap<>();
                s.removed().forEach((entry, seq) -> {
                    if (seq > built.builtAt()) {
                        removed.put(entry, seq);
                    }
                });
                state = new State(built.base(), built.builtAt(), s.recent().after(built.builtAt()), Map.copyOf(removed),
                        s.rules(), s.widestRadius(), s.applied());
            }
            catchUp();
        } catch (RuntimeException e) {
            log.error("The PDQ index could not be built again; it goes on searching the entries added since one by one", e);
        } finally {
            folding.set(false);
        }
    }

    /** Everything live as of one snapshot of the database, with the last change that snapshot includes. */
    private State build() {
        long started = System.nanoTime();
        State built = snapshotReads.execute(tx -> {
            long seq = changes.latest();
            HashIndexBuilder builder = HashIndex.builder();
            Integer expected = jdbc.queryForObject("SELECT count(*)::int FROM media_entry WHERE pdq IS NOT NULL", Integer.class);
            builder.expectedSize(Math.max(16, expected == null ? 16 : expected));
            jdbc.execute((Connection c) -> {
                try (var statement = c.prepareStatement("SELECT e.id, e.pdq, e.bank_id FROM media_entry e "
                        + "JOIN media_bank b ON b.id = e.bank_id WHERE e.pdq IS NOT NULL AND e.removed_at IS NULL "
                        + "AND b.retired_at IS NULL AND (e.pdq_quality IS NULL OR e.pdq_quality >= " + USABLE_QUALITY + ")")) {
                    statement.setFetchSize(20_000);
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            long slot = (long) slotOf(new BankId(rs.getObject(3, UUID.class))) << SLOT_SHIFT;
                            builder.add(PdqBytes.hash(rs.getBytes(2)), 100, slot | rs.getLong(1));
                        }
                    }
                }
                return null;
            });
            Map<BankId, Rule> rules = rules();
            return new State(builder.build(), seq, RecentEntries.EMPTY, Map.of(), rules, widest(rules), seq);
        });
        log.info("PDQ index built: {} entries in {} ms", built.base().size(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    private Map<BankId, Rule> rules() {
        Map<BankId, Rule> rules = new HashMap<>();
        jdbc.query("SELECT id, pdq_radius, enabled AND retired_at IS NULL FROM media_bank",
                rs -> {
                    rules.put(new BankId(rs.getObject(1, UUID.class)), new Rule(rs.getInt(2), rs.getBoolean(3)));
                });
        return Map.copyOf(rules);
    }

    private static int widest(Map<BankId, Rule> rules) {
        return rules.values().stream().filter(Rule::matching).mapToInt(Rule::radius).max().orElse(-1);
    }

    private synchronized int slotOf(BankId bank) {
        return slots.computeIfAbsent(bank, b -> {
            banksBySlot.add(b);
            return banksBySlot.size() - 1;
        });
    }

    private BankId bankOf(long id) {
        return banksBySlot.get((int) (id >>> SLOT_SHIFT));
    }

    private State current() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    state = build();
                }
                s = state;
            }
        }
        return s;
    }

    @Override
    public void start() {
        current();
        follower = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pdq-index-follower").daemon().factory());
        long every = properties.followEvery().toMillis();
        follower.scheduleWithFixedDelay(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                log.warn("Could not read the banks' changes; trying again in {} ms", every, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (follower != null) {
            follower.shutdownNow();
            follower = null;
        }
    }

    @Override
    public boolean isRunning() {
        return follower != null;
    }
}
