package pk.hifazat.cases;

import java.time.LocalDate;
import java.util.Map;

import pk.hifazat.geography.DistrictCode;

/**
 * How many case tasks are overdue, by the district of their case, for statistics. Counts only: no
 * task, case or person is named, and no jurisdiction is checked (the caller shows only districts
 * the user may see).
 */
public interface OverdueTasks {

    /** Open tasks due before {@code today}, by their case's district. */
    Map<DistrictCode, Long> byDistrict(LocalDate today);
}
