package pk.hifazat.statistics.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps statistics_count equal to what the facts contribute: a change to some facts reads their
 * contributions before and after and writes only the difference, in one batch in a fixed order.
 * Facts of one report or one case are changed under an advisory lock on it, so that two listeners
 * changing the same case never count it twice.
 */
@Repository
class Counts {

    /** Held shared by every change and alone by a rebuild, so that no change reads facts a rebuild is rewriting. */
    private static final int REBUILD_LOCK = 140_000;
    private static final int REPORT_LOCKS = 140_001;
    private static final int CASE_LOCKS = 140_002;

    private final JdbcClient jdbc;

    Counts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes reports' facts and moves their counts; must run in a transaction. */
    void changeReports(Collection<UUID> reports, Runnable change) {
        change("report_id", REPORT_LOCKS, reports, change);
    }

    /** Changes a case's facts (the case, its children, its suspects) and moves their counts; in a transaction. */
    void changeCases(Collection<UUID> cases, Runnable change) {
        change("case_id", CASE_LOCKS, cases, change);
    }

    private void change(String key, int lockSpace, Collection<UUID> ids, Runnable change) {
        if (ids.isEmpty()) {
            return;
        }
        UUID[] array = ids.stream().distinct().sorted().toArray(UUID[]::new);
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(" + REBUILD_LOCK + ")").query(Object.class).single();
        jdbc.sql("SELECT count(pg_advisory_xact_lock(" + lockSpace + ", hashtext(r::text))) "
                + "FROM (SELECT r FROM unnest(?::uuid[]) AS r ORDER BY r) l").param(array).query(Long.class).single();
        Map<CountKey, Long> delta = contributions(key, array);
        delta.replaceAll((k, n) -> -n);
        change.run();
        contributions(key, array).forEach((k, n) -> delta.merge(k, n, Long::sum));
        delta.values().removeIf(n -> n == 0);
        write(delta);
    }

    private Map<CountKey, Long> contributions(String key, UUID[] ids) {
        Map<CountKey, Long> found = new HashMap<>();
        jdbc.sql("SELECT measure, dimension, day, district_code, category, bucket, count(*) FROM statistics_contribution "
                        + "WHERE " + key + " = ANY(?) GROUP BY 1, 2, 3, 4, 5, 6")
                .param(ids)
                .query(rs -> {
                    found.put(new CountKey(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                            rs.getString(5), rs.getString(6)), rs.getLong(7));
                });
        return found;
    }

    private void write(Map<CountKey, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        Map<CountKey, Long> byMonth = new HashMap<>();
        delta.forEach((k, n) -> byMonth.merge(new CountKey(k.measure(), k.dimension(), k.day().withDayOfMonth(1),
                k.district(), k.category(), k.bucket()), n, Long::sum));
        byMonth.values().removeIf(n -> n == 0);
        upsert("statistics_count", "day", delta);
        upsert("statistics_count_month", "month", byMonth);
    }

    private void upsert(String table, String period, Map<CountKey, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        // One row a key (the map's), in write order: unnest hands the rows to the INSERT in array order.
        List<CountKey> keys = delta.keySet().stream().sorted(CountKey.WRITE_ORDER).toList();
        jdbc.sql("INSERT INTO " + table + " (measure, dimension, " + period + ", district_code, category, bucket, n) "
                        + "SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::bigint[]) "
                        + "ON CONFLICT (measure, dimension, " + period + ", district_code, category, bucket) "
                        + "DO UPDATE SET n = " + table + ".n + EXCLUDED.n")
                .params(keys.stream().map(CountKey::measure).toArray(String[]::new),
                        keys.stream().map(CountKey::dimension).toArray(String[]::new),
                        keys.stream().map(k -> k.day().toString()).toArray(String[]::new),
                        keys.stream().map(CountKey::district).toArray(String[]::new),
                        keys.stream().map(CountKey::category).toArray(String[]::new),
                        keys.stream().map(CountKey::bucket).toArray(String[]::new),
                        keys.stream().map(delta::get).toArray(Long[]::new))
                .update();
    }

    /**
     * Counts everything again from the facts, after {@code beforehand} (re-categorising them): for
     * repairs, and after the category map changed. Changes wait meanwhile; in a transaction.
     */
    void rebuild(Runnable beforehand) {
        jdbc.sql("SELECT pg_advisory_xact_lock(" + REBUILD_LOCK + ")").query(Object.class).single();
        beforehand.run();
        jdbc.sql("DELETE FROM statistics_count").update();
        jdbc.sql("DELETE FROM statistics_count_month").update();
        jdbc.sql("""
                INSERT INTO statistics_count (measure, dimension, day, district_code, category, bucket, n)
                SELECT measure, dimension, day, district_code, category, bucket, count(*)
                FROM statistics_contribution GROUP BY 1, 2, 3, 4, 5, 6""").update();
        jdbc.sql("""
                INSERT INTO statistics_count_month (measure, dimension, month, district_code, category, bucket, n)
                SELECT measure, dimension, date_trunc('month', day)::date, district_code, category, bucket, sum(n)
                FROM statistics_count GROUP BY 1, 2, 3, 4, 5, 6""").update();
    }
}
