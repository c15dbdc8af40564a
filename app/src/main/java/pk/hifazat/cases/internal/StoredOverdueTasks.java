package pk.hifazat.cases.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.OverdueTasks;
import pk.hifazat.geography.DistrictCode;

/** Overdue tasks counted on the index of open tasks by due date. */
@Component
class StoredOverdueTasks implements OverdueTasks {

    private final JdbcClient jdbc;

    StoredOverdueTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<DistrictCode, Long> byDistrict(LocalDate today) {
        Map<DistrictCode, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.district_code, count(*) FROM case_task t JOIN case_file f ON f.id = t.case_id
                WHERE t.done_at IS NULL AND t.due_on < ? GROUP BY f.district_code ORDER BY f.district_code""")
                .param(Date.valueOf(today))
                .query(rs -> {
                    counts.put(new DistrictCode(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
