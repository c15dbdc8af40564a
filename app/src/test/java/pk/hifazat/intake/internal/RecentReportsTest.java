package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;

class RecentReportsTest {

    @Test
    void givesAReportBackOnlyAtTheVersionItWasReadAt() {
        RecentReports recent = new RecentReports(1_000_000);
        UUID id = UUID.randomUUID();
        IncomingReport report = report(id);
        recent.keep(id, "101/0", report, 500);

        assertThat(recent.current(Map.of(id, "101/0"))).containsEntry(id, report);
        assertThat(recent.current(Map.of(id, "101/1"))).isEmpty();
        assertThat(recent.current(Map.of(id, "102/0"))).isEmpty();
        assertThat(recent.current(Map.of(UUID.randomUUID(), "101/0"))).isEmpty();
    }

    @Test
    void letsTheOldestGoWhenTheBudgetIsSpent() {
        RecentReports recent = new RecentReports(3 * (1_000L * 2 + 512));
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID id : ids) {
            recent.keep(id, "1/0", report(id), 1_000);
        }

        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.current(Map.of(ids[0], "1/0"))).isEmpty();
        assertThat(recent.current(Map.of(ids[3], "1/0"))).containsKey(ids[3]);
    }

    @Test
    void keepsNothingWithABudgetOfZero() {
        RecentReports recent = new RecentReports(0);
        UUID id = UUID.randomUUID();
        recent.keep(id, "1/0", report(id), 10);

        assertThat(recent.size()).isZero();
    }

    private static IncomingReport report(UUID id) {
        return new IncomingReport(new ReportId(id), ReportSource.PUBLIC, null, null, Instant.parse("2026-12-06T10:00:00Z"),
                ReportStatus.RECEIVED, null, List.of(), List.of(), List.of());
    }
}
