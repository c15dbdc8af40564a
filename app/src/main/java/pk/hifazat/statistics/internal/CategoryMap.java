package pk.hifazat.statistics.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.statistics.Category;

/** The table that says which category an incident type, annotation or offence counts under. */
@Repository
class CategoryMap {

    enum Kind { INCIDENT_TYPE, ANNOTATION, OFFENCE }

    /** One mapping; {@code category} null when the code does not decide a category. */
    record Mapping(Kind kind, String code, Category category, int position, String changedBy) {
    }

    private final JdbcClient jdbc;

    CategoryMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mapping> all() {
        return jdbc.sql("SELECT kind, code, category, position, changed_by FROM statistics_category_map ORDER BY position, code")
                .query((rs, n) -> new Mapping(Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3) == null ? null : Category.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5)))
                .list();
    }

    /** Sets a code's category (a new code goes last); returns whether anything changed. */
    boolean set(Kind kind, String code, Category category, String by) {
        return jdbc.sql("""
                INSERT INTO statistics_category_map (kind, code, category, position, changed_at, changed_by)
                VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM statistics_category_map), now(), ?)
                ON CONFLICT (kind, code) DO UPDATE SET category = EXCLUDED.category, changed_at = now(),
                    changed_by = EXCLUDED.changed_by
                WHERE statistics_category_map.category IS DISTINCT FROM EXCLUDED.category""")
                .params(kind.name(), code, category == null ? null : category.name(), by).update() > 0;
    }
}
