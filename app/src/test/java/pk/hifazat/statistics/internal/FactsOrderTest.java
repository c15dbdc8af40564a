package pk.hifazat.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The two followers that write a report's statistics row take the rows in one order, whatever their batch's. */
class FactsOrderTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void receivedAndRoutedReportsAreWrittenInTheOrderOfTheirIds() {
        List<Facts.RoutedReport> routed = Facts.lastOfEach(List.of(
                new Facts.RoutedReport(SECOND, "PK617", 2), new Facts.RoutedReport(FIRST, "PK702", 1)), Facts.RoutedReport::report);
        List<Facts.ReceivedReport> received = Facts.lastOfEach(List.of(
                new Facts.ReceivedReport(FIRST, Instant.EPOCH, "PUBLIC", null, List.of()),
                new Facts.ReceivedReport(SECOND, Instant.EPOCH, "INDUSTRY", null, List.of())), Facts.ReceivedReport::report);

        assertThat(routed).extracting(Facts.RoutedReport::report).containsExactly(FIRST, SECOND);
        assertThat(received).extracting(Facts.ReceivedReport::report).containsExactly(FIRST, SECOND);
    }

    @Test
    void aReportNamedTwiceInABatchKeepsItsLastRow() {
        List<Facts.RoutedReport> routed = Facts.lastOfEach(List.of(
                new Facts.RoutedReport(FIRST, "PK617", 3), new Facts.RoutedReport(FIRST, "PK702", 1)), Facts.RoutedReport::report);

        assertThat(routed).containsExactly(new Facts.RoutedReport(FIRST, "PK702", 1));
    }
}
