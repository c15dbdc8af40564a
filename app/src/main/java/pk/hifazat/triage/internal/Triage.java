package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.cases.OpenCases;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportedIdentifier;
import pk.hifazat.linking.ClustersSplit;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.ReportsLinked;
import pk.hifazat.media.MaterialAssessed;
import pk.hifazat.media.ReportMaterial;
import pk.hifazat.triage.ReportsTriaged;
import pk.hifazat.triage.TriagedReport;

/**
 * Triage of a batch: read the batch's reports in one call, resolve their facts, record and score
 * them with the rules in one INSERT, and decide their clusters' queue items. Nothing here is per
 * report in SQL, so a bulk batch costs what a single report does, a few statements more.
 */
@Service
class Triage {

    private final ReceivedReports reports;
    private final FactReader facts;
    private final TriageStore store;
    private final TriageRules rules;
    private final ClusterDecisions decisions;
    private final TriageTimings timings;
    private final OpenCases openCases;
    private final ApplicationEventPublisher events;

    Triage(ReceivedReports reports, FactReader facts, TriageStore store, TriageRules rules, ClusterDecisions decisions,
           TriageTimings timings, OpenCases openCases, ApplicationEventPublisher events) {
        this.events = events;
        this.timings = timings;
        this.openCases = openCases;
        this.reports = reports;
        this.facts = facts;
        this.store = store;
        this.rules = rules;
        this.decisions = decisions;
    }

    @Transactional
    void linked(ReportsLinked linked) {
        long started = System.nanoTime();
        List<TriageRule> current = rules.current(
                store.lockOnTheWayToQueue(linked.reports().stream().map(LinkedReport::report).toList()));
        store.merge(linked.merges());
        Set<UUID> clusters = new LinkedHashSet<>();
        linked.merges().forEach(m -> clusters.add(m.into().value()));
        List<LinkedReport> links = linked.reports();
        List<Instant> received = new ArrayList<>();
        List<TriagedReport> triaged = new ArrayList<>();
        for (int from = 0; from < links.size(); from += ReceivedReports.MAX_BATCH) {
            TriageStore.Scored scored = triage(links.subList(from, Math.min(links.size(), from + ReceivedReports.MAX_BATCH)),
                    current, received);
            clusters.addAll(scored.clusters());
            triaged.addAll(scored.reports());
        }
        decisions.decide(clusters, current);
        announce(triaged);
        timings.recordOnCommit(started, received);
    }

    private TriageStore.Scored triage(List<LinkedReport> batch, List<TriageRule> current, List<Instant> received) {
        Map<ReportId, LinkedReport> byReport = new HashMap<>();
        batch.forEach(l -> byReport.put(l.report(), l));
        List<ReportFacts> read = new ArrayList<>();
        List<LinkedReport> links = new ArrayList<>();
        List<IncomingReport> incoming = reports.byIds(byReport.keySet());
        for (IncomingReport report : incoming) {
            read.add(facts.read(report));
            links.add(byReport.get(report.id()));
        }
        if (read.isEmpty()) {
            return new TriageStore.Scored(List.of(), List.of());
        }
        TriageStore.Stored stored = store.insert(read, links, inOpenCases(incoming), current);
        // Only a report's first triage puts it in a queue: one linked again later (an addition, a
        // look-alike image) is not timed again.
        incoming.stream().filter(r -> stored.added().contains(r.id().value())).forEach(r -> received.add(r.receivedAt()));
        return stored.scored();
    }

    /** The reports naming someone in an open case whose children are not yet safe: one question for the batch. */
    private Set<UUID> inOpenCases(List<IncomingReport> incoming) {
        Set<Identifier> named = openCases.withVictimsNotYetSafe(incoming.stream()
                .flatMap(r -> r.identifiers().stream().map(ReportedIdentifier::identifier)).distinct().toList());
        if (named.isEmpty()) {
            return Set.of();
        }
        return incoming.stream()
                .filter(r -> r.identifiers().stream().anyMatch(i -> named.contains(i.identifier())))
                .map(r -> r.id().value()).collect(Collectors.toSet());
    }

    /** A cluster came apart: its moved reports get their new clusters' queue items, and what stayed is decided again. */
    @Transactional
    void split(ClustersSplit split) {
        List<TriageRule> current = rules.all();
        Set<UUID> clusters = new LinkedHashSet<>();
        clusters.add(split.cluster().value());
        store.move(split.moved());
        split.moved().forEach(l -> clusters.add(l.cluster().value()));
        decisions.decide(clusters, current);
    }

    @Transactional
    void assessed(MaterialAssessed assessed) {
        List<ReportId> ids = assessed.reports().stream().map(ReportMaterial::report).distinct().toList();
        List<TriageRule> current = rules.current(store.lockOnTheWayToQueue(ids));
        store.keepMaterial(assessed.reports());
        store.applyMaterial(ids);
        TriageStore.Scored scored = store.score(ids, current);
        decisions.decide(scored.clusters(), current);
        announce(scored.reports());
    }

    private void announce(List<TriagedReport> triaged) {
        if (!triaged.isEmpty()) {
            events.publishEvent(new ReportsTriaged(triaged));
        }
    }
}
