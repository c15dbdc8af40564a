package pk.hifazat.statistics.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a trend is cut: by day, month or year. */
enum Grain {
    DAY, MONTH, YEAR;

    /** The grain a period is best shown in: days up to two months, months up to three years, else years. */
    static Grain suiting(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days <= 62 ? DAY : days <= 3 * 366 ? MONTH : YEAR;
    }

    /** The first day of the stretch of this grain that holds the day. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
