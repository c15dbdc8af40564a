package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.util.Comparator;

/** One cell of statistics_count: a measure on a day in a district and category, for one bucket of one breakdown. */
record CountKey(String measure, String dimension, LocalDate day, String district, String category, String bucket) {

    /** The order counts are written in, so that two transactions never wait on each other's rows. */
    static final Comparator<CountKey> WRITE_ORDER = Comparator.comparing(CountKey::measure)
            .thenComparing(CountKey::dimension).thenComparing(CountKey::day).thenComparing(CountKey::district)
            .thenComparing(CountKey::category).thenComparing(CountKey::bucket);
}
