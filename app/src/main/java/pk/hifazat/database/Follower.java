package pk.hifazat.database;

import java.util.List;

/**
 * Work that follows a report's path to its queue rather than being on it: its events wait in a
 * backlog ({@link Following#defer}) and are done when that path is quiet, or once they have waited
 * the following patience. A bean of this type is all a module declares; {@link Following} runs it.
 *
 * @param <E> the event it follows
 */
public interface Follower<E> {

    /** Names the follower's backlog; never changed once events may wait under it. */
    String name();

    /** The type its events are read back as. */
    Class<E> events();

    /** How many events one transaction takes at most. */
    default int eventsAtOnce() {
        return 8;
    }

    /**
     * Does the events' work, in the order they were deferred, in a transaction that also takes them
     * off the backlog: on failure they stay and are tried again. Must tolerate an event done twice
     * (an instance dying between the work and the commit does not, but a restore from backup may).
     */
    void follow(List<E> events);
}
