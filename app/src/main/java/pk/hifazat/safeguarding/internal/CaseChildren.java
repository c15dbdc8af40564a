package pk.hifazat.safeguarding.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pk.hifazat.safeguarding.PathwayStage;

/**
 * A case's children at a glance: how many were identified, safeguarded and referred, and at each open
 * step the children who have waited there longest.
 */
record CaseChildren(String caseNumber, List<ChildRecord> children, long identified, long safeguarded, long referred,
                    Map<PathwayStage, List<Waiting>> longestWaiting) {

    /** A child waiting at a step, and for how many days. */
    record Waiting(ChildRecord child, long days) {
    }

    static CaseChildren of(String caseNumber, List<ChildRecord> children, LocalDate today, int perStep) {
        Map<PathwayStage, List<Waiting>> waiting = new LinkedHashMap<>();
        for (PathwayStage stage : PathwayStage.values()) {
            if (stage == PathwayStage.CLOSED) {
                continue;
            }
            List<Waiting> longest = children.stream().filter(c -> c.stage() == stage)
                    .sorted(Comparator.comparing(ChildRecord::stageSince).thenComparing(c -> c.pseudonym().length())
                            .thenComparing(ChildRecord::pseudonym))
                    .limit(perStep).map(c -> new Waiting(c, c.daysAtStage(today))).toList();
            if (!longest.isEmpty()) {
                waiting.put(stage, longest);
            }
        }
        return new CaseChildren(caseNumber, children, children.size(),
                children.stream().filter(c -> c.safeguardedOn() != null).count(),
                children.stream().filter(c -> c.referredOn() != null).count(), waiting);
    }
}
