package pk.hifazat.statistics.internal;

import java.util.List;

/**
 * A dashboard: its selection, the headline figures with their daily average and change against the
 * period before, and its tables.
 */
record Dashboard(Selection selection, String area, List<Headline> headline, List<FigureTable> tables) {

    /**
     * @param change the change against the previous period in percent, rounded; null when that period had none
     */
    record Headline(Measure measure, String label, long total, double perDay, long previous, Long change) {
    }

    FigureTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new StatisticsInputException("table", "statistics.input.table", id));
    }
}
