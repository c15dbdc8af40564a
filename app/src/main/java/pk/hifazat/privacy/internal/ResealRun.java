package pk.hifazat.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One re-seal of every record under the current key, as it goes: per kind of record, how many rows
 * it has re-sealed of those that were under another key when it began. Read by the key page while
 * another thread writes it. Its readers are public for the page's template.
 */
final class ResealRun {

    enum State { RUNNING, FINISHED, STOPPED, FAILED, RUNNING_ELSEWHERE }

    /** One module's rows: re-sealed so far, of those under another key when the run began. */
    static final class Part {
        private final String name;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;

        Part(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return Math.max(total, done.get());
        }

        void total(long total) {
            this.total = total;
        }

        void resealedOne() {
            done.incrementAndGet();
        }

        /** Whole percent, for the progress bar. */
        public int percent() {
            long total = total();
            return total == 0 ? 100 : (int) (100 * done() / total);
        }
    }

    private final String actor;
    private final Instant startedAt;
    private final List<Part> parts;
    private volatile State state = State.RUNNING;
    private volatile Instant endedAt;
    private volatile String problem;

    ResealRun(String actor, Instant startedAt, List<String> names) {
        this.actor = actor;
        this.startedAt = startedAt;
        this.parts = names.stream().map(Part::new).toList();
    }

    public String actor() {
        return actor;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Part> parts() {
        return parts;
    }

    public State state() {
        return state;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** Why it failed (no personal data: which rows and the error's kind), or null. */
    public String problem() {
        return problem;
    }

    public long resealed() {
        return parts.stream().mapToLong(Part::done).sum();
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    void end(State state, Instant at, String problem) {
        this.problem = problem;
        this.endedAt = at;
        this.state = state;
    }
}
