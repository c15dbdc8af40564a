package pk.hifazat.cooperation;

import java.time.LocalDate;
import java.util.Map;

import pk.hifazat.geography.DistrictCode;

/**
 * How many requests abroad are overdue (sent or acknowledged, past the day the answer was due), by
 * their case's district, for statistics. Counts only: no request, case or person is named, and no
 * jurisdiction is checked (the caller shows only districts the user may see).
 */
public interface OverdueRequests {

    Map<DistrictCode, Long> byDistrict(LocalDate today);
}
