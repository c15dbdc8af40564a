package pk.hifazat.database;

/**
 * Tells PostgreSQL to keep one plan per prepared statement for the rest of a transaction instead of
 * planning each execution again; for the transactions on a report's way to its queue, which take it
 * in their first statement.
 *
 * <p>Why: PostgreSQL plans a prepared statement again at each execution while the plan it would keep
 * looks dearer than the ones it made for the first five, and for {@code = ANY(?)} over a batch of
 * one report it always does. Measured with {@code pg_stat_statements.track_planning} on that way,
 * planning took longer than executing: intake's read of a report 0.14 ms against 0.03, linking's key
 * count 0.37 against 0.19, its read of what is placed 0.14 against 0.02, triage's cluster write
 * 0.19 against 0.10. Those statements are lookups by key and inserts over arrays, whose kept plans
 * are the ones a single report gets anyway. The trade-off: a statement whose best plan depends on
 * its values (a skewed column, a range) would keep one plan for all; none runs in these transactions.
 */
public final class GenericPlans {

    /** A select-list expression setting it for the rest of the current transaction. */
    public static final String FOR_THIS_TRANSACTION = "set_config('plan_cache_mode', 'force_generic_plan', true)";

    private GenericPlans() {
    }
}
