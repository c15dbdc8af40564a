package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

import pk.hifazat.HifazatTest;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.intake.ReportId;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/**
 * How long one incremental update from cases takes: a case's reports attached (the listener's work,
 * called on its target, not through the asynchronous proxy, alert look-up included), then the index
 * caught up. A figure for the documentation, run with {@code -Dhifazat.bench=true}.
 */
@HifazatTest
@EnabledIfSystemProperty(named = "hifazat.bench", matches = "true")
class CaseFeedTiming {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @Autowired
    CaseFeed feed;

    @Autowired
    NetworkReader reader;

    @Test
    void aCasesReportsAttachedAndTheIndexCaughtUp() {
        CaseFeed target = AopTestUtils.getTargetObject(feed);
        List<Long> writes = new ArrayList<>();
        List<Long> catchUps = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            CaseId id = new CaseId(UUID.randomUUID());
            long started = System.nanoTime();
            target.on(new ReportsAttachedToCase(id, CaseNumber.of("NCCIA", "TST", 2026, 9000 + i),
                    List.of(new ReportId(UUID.randomUUID()), new ReportId(UUID.randomUUID())), null, Instant.now()));
            long written = System.nanoTime();
            reader.sizeOfNetworkOf(new NodeRef(NodeKind.CASE, id.toString()));
            if (i >= WARM_UP) {
                writes.add((written - started) / 1_000);
                catchUps.add((System.nanoTime() - written) / 1_000);
            }
        }
        Collections.sort(writes);
        Collections.sort(catchUps);
        LoggerFactory.getLogger(CaseFeedTiming.class).warn("case feed update µs: median {} 95th {}; index caught up µs: median {} 95th {}",
                writes.get(MEASURED / 2), writes.get(MEASURED * 95 / 100), catchUps.get(MEASURED / 2), catchUps.get(MEASURED * 95 / 100));
    }
}
