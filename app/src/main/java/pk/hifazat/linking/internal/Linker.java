package pk.hifazat.linking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.database.TimeOrderedIds;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.ClusterMerge;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.ReportsLinked;

/**
 * Links a batch of reports: records what each names, finds the clusters they share a linking key
 * with, merges those into the largest, places each report (a duplicate beside the report it
 * repeats), and announces it all in one {@link ReportsLinked}. A fixed number of statements per
 * batch, whatever its size; changes to clusters are serialised ({@link ClusterStore#lock}).
 */
@Service
class Linker {

    private final KeyRules rules;
    private final KeyStore keys;
    private final ClusterStore clusters;
    private final LinkingProperties properties;
    private final ApplicationEventPublisher events;
    private final ReceivedReports reports;

    Linker(KeyRules rules, KeyStore keys, ClusterStore clusters, LinkingProperties properties,
           ApplicationEventPublisher events, ReceivedReports reports) {
        this.reports = reports;
        this.rules = rules;
        this.keys = keys;
        this.clusters = clusters;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Reads the reports intake stored and links them, in one transaction (for a lone report, one
     * commit fewer on its way to its queue); how many were read.
     */
    @Transactional
    public int linkStored(List<ReportId> ids) {
        List<IncomingReport> batch = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += ReceivedReports.MAX_BATCH) {
            batch.addAll(reports.byIds(ids.subList(from, Math.min(ids.size(), from + ReceivedReports.MAX_BATCH))));
        }
        linkReceived(batch);
        return batch.size();
    }

    /** Links newly received reports; those already linked (an event delivered again) are left alone. */
    @Transactional
    public void linkReceived(List<IncomingReport> received) {
        if (received.isEmpty()) {
            return;
        }
        List<Subject> all = received.stream()
                .sorted(Comparator.comparing(IncomingReport::receivedAt).thenComparing(r -> r.id().value()))
                .map(r -> Subject.of(r, rules.keysOf(r), null)).toList();
        ClusterStore.Found found = clusters.lockForIntakeAndFind(received.stream().map(r -> r.id().value()).toList(),
                fingerprints(all), since(all));
        List<Subject> subjects = all.stream().filter(s -> !found.placed().contains(s.report.id().value())).toList();
        if (!subjects.isEmpty()) {
            link(subjects, true, found.originals());
        }
    }

    /**
     * Links what was added to a report that is already placed (only the keys it did not name
     * before), or places it, if it is not placed yet.
     */
    @Transactional
    public void linkAddition(IncomingReport report) {
        linkWith(report, List.of());
    }

    /**
     * Links a report by what known-material matching found in its files ({@link KeyRules#lookAlike},
     * {@link KeyRules#series}) as well as by what it names; placed first if intake's batch has not
     * been linked yet (matching may finish before linking does), so nothing waits for the other.
     */
    @Transactional
    public void linkWithMaterial(IncomingReport report, List<LinkKey> material) {
        linkWith(report, material);
    }

    private void linkWith(IncomingReport report, List<LinkKey> material) {
        clusters.lockForIntake();
        List<LinkKey> own = rules.keysOf(report);
        Map<UUID, LinkKey> all = new LinkedHashMap<>();
        Stream.concat(own.stream(), material.stream()).forEach(key -> all.putIfAbsent(key.digest(), key));
        UUID cluster = clusters.clustersOfReports(List.of(report.id().value())).get(report.id().value());
        if (cluster == null) {
            // What matching found is no part of what the report names: duplicates are told apart by the latter.
            link(List.of(new Subject(report, List.copyOf(all.values()), null, KeyRules.fingerprint(own),
                    KeyRules.content(report))), true, null);
            return;
        }
        Set<UUID> named = keys.namedBy(report.id().value());
        List<LinkKey> added = all.values().stream().filter(key -> !named.contains(key.digest())).toList();
        if (!added.isEmpty()) {
            link(List.of(Subject.of(report, added, cluster)), false, null);
        }
    }

    /** {@code originals}: what {@link #duplicates} compares with, when read already; null to read it. */
    private void link(List<Subject> subjects, boolean announceReports, List<ClusterStore.Placed> originals) {
        List<KeyStore.Naming> namings = subjects.stream()
                .map(s -> new KeyStore.Naming(s.report.id().value(), s.report.receivedAt(), s.keys)).toList();
        KeyStore.Counted counted = keys.count(namings);
        Map<UUID, StoredKey> stored = counted.keys();
        Map<UUID, StoredKey> linking = new HashMap<>();
        stored.forEach((digest, key) -> {
            if (key.links(properties)) {
                linking.put(digest, key);
            }
        });
        KeyStore.KeyClusters keyClusters = counted.clusters();
        Map<UUID, Duplicate> duplicates = duplicates(subjects.stream().filter(s -> s.cluster == null).toList(), originals);

        ClusterPartition<Object> partition = new ClusterPartition<>();
        Map<Long, Object> firstNaming = new HashMap<>();
        for (Subject subject : subjects) {
            Object node = subject.node();
            partition.add(node);
            for (LinkKey key : subject.keys) {
                StoredKey linked = linking.get(key.digest());
                if (linked == null) {
                    continue;
                }
                UUID existing = keyClusters.byKey().get(linked.id());
                if (existing != null) {
                    partition.join(node, new ClusterId(existing));
                }
                partition.join(node, firstNaming.computeIfAbsent(linked.id(), id -> node));
            }
            Duplicate duplicate = duplicates.get(subject.report.id().value());
            if (duplicate != null) {
                partition.join(node, duplicate.cluster != null ? new ClusterId(duplicate.cluster)
                        : new ReportId(duplicate.original));
            }
        }
        Placement placement = place(partition.groups());
        clusters.merge(placement.absorbedInto);

        List<ClusterStore.Placed> placed = new ArrayList<>();
        List<LinkedReport> linked = new ArrayList<>();
        for (Subject subject : subjects) {
            if (subject.cluster != null) {
                continue;
            }
            UUID cluster = placement.clusterOf.get(subject.node());
            Duplicate duplicate = duplicates.get(subject.report.id().value());
            UUID original = duplicate == null ? null : duplicate.original;
            IncomingReport report = subject.report;
            placed.add(new ClusterStore.Placed(report.id().value(), cluster, report.receivedAt(),
                    report.organisation() == null ? null : report.organisation().value(), subject.fingerprint,
                    subject.content, original));
            linked.add(new LinkedReport(report.id(), new ClusterId(cluster), original == null ? null : new ReportId(original)));
        }
        clusters.write(counted.newSpellings(), KeyStore.rows(namings, stored), placed);
        List<ClusterMerge> merges = placement.absorbedInto.entrySet().stream()
                .map(m -> new ClusterMerge(new ClusterId(m.getKey()), new ClusterId(m.getValue()))).toList();
        List<LinkedReport> announced = announceReports ? linked : List.of();
        if (!announced.isEmpty() || !merges.isEmpty()) {
            events.publishEvent(new ReportsLinked(announced, merges));
        }
    }

    /**
     * Where each group goes: into its largest existing cluster, or a new one. Only a group that
     * joins several clusters needs their sizes, counted then (a merge is rare: most reports join one
     * cluster or none).
     */
    private Placement place(List<List<Object>> groups) {
        List<List<UUID>> clustersOfGroups = groups.stream().map(group -> group.stream()
                .filter(ClusterId.class::isInstance).map(node -> ((ClusterId) node).value()).toList()).toList();
        Map<UUID, Integer> sizes = clusters.sizes(clustersOfGroups.stream().filter(c -> c.size() > 1)
                .flatMap(List::stream).collect(Collectors.toSet()));
        Placement placement = new Placement();
        for (int i = 0; i < groups.size(); i++) {
            List<UUID> clustersOfGroup = clustersOfGroups.get(i);
            UUID into = clustersOfGroup.stream()
                    .max(Comparator.comparing((UUID c) -> sizes.getOrDefault(c, 0)).thenComparing(c -> c))
                    .orElseGet(TimeOrderedIds::next);
            for (UUID absorbed : clustersOfGroup) {
                if (!absorbed.equals(into)) {
                    placement.absorbedInto.put(absorbed, into);
                }
            }
            for (Object node : groups.get(i)) {
                placement.clusterOf.put(node, into);
            }
        }
        return placement;
    }

    /**
     * Which new reports repeat an earlier one: the same identifiers and files within the window, or
     * the same organisation's report with the same identifiers, files and incident under a new id.
     */
    private Map<UUID, Duplicate> duplicates(List<Subject> subjects, List<ClusterStore.Placed> originals) {
        Map<UUID, List<ClusterStore.Placed>> earlier = new HashMap<>();
        List<UUID> fingerprints = fingerprints(subjects);
        if (fingerprints.isEmpty()) {
            return Map.of();
        }
        (originals != null ? originals : clusters.originals(fingerprints, since(subjects)))
                .forEach(p -> earlier.computeIfAbsent(p.fingerprint(), f -> new ArrayList<>()).add(p));
        Map<UUID, Duplicate> duplicates = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            UUID fingerprint = subject.fingerprint;
            if (fingerprint == null) {
                continue;
            }
            IncomingReport report = subject.report;
            UUID organisation = report.organisation() == null ? null : report.organisation().value();
            UUID content = subject.content;
            List<ClusterStore.Placed> candidates = earlier.computeIfAbsent(fingerprint, f -> new ArrayList<>());
            ClusterStore.Placed original = candidates.stream()
                    .filter(c -> !c.receivedAt().isAfter(report.receivedAt()))
                    .filter(c -> !c.receivedAt().isBefore(report.receivedAt().minus(properties.duplicateWindow()))
                            || organisation != null && organisation.equals(c.organisation()) && content.equals(c.content()))
                    .findFirst().orElse(null);
            if (original != null) {
                duplicates.put(report.id().value(), new Duplicate(original.report(), original.cluster()));
            } else {
                candidates.add(new ClusterStore.Placed(report.id().value(), null, report.receivedAt(), organisation,
                        fingerprint, content, null));
            }
        }
        return duplicates;
    }

    private static List<UUID> fingerprints(List<Subject> subjects) {
        return subjects.stream().map(Subject::fingerprint).filter(Objects::nonNull).distinct().toList();
    }

    /** The earliest a report these may repeat was received, unless it came from the same organisation. */
    private Instant since(List<Subject> subjects) {
        return subjects.getFirst().report.receivedAt().minus(properties.duplicateWindow());
    }

    /**
     * A report being linked and the keys to link it by; {@code cluster} is where it already is, null
     * for a new report, whose fingerprint and content duplicate detection compares.
     */
    private record Subject(IncomingReport report, List<LinkKey> keys, UUID cluster, UUID fingerprint, UUID content) {

        static Subject of(IncomingReport report, List<LinkKey> keys, UUID cluster) {
            return cluster == null
                    ? new Subject(report, keys, null, KeyRules.fingerprint(keys), KeyRules.content(report))
                    : new Subject(report, keys, cluster, null, null);
        }

        Object node() {
            return cluster != null ? new ClusterId(cluster) : report.id();
        }
    }

    /** The report a new one repeats, and its cluster (null while that one is in the same batch). */
    private record Duplicate(UUID original, UUID cluster) {
    }

    private static final class Placement {
        final Map<UUID, UUID> absorbedInto = new LinkedHashMap<>();
        final Map<Object, UUID> clusterOf = new HashMap<>();
    }
}
