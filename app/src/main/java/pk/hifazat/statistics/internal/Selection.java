package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import pk.hifazat.statistics.Category;

/**
 * What a dashboard shows: a period (both days included), the districts it covers (all, when
 * {@code districts} is null: national), one category or all, and the grain of its trend.
 */
record Selection(LocalDate from, LocalDate to, Set<String> districts, Category category, Grain grain) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one, for "change against the previous period". */
    Selection previous() {
        return new Selection(from.minusDays(days()), from.minusDays(1), districts, category, grain);
    }
}
