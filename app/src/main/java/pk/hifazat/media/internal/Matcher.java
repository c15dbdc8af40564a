package pk.hifazat.media.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReportId;
import pk.hifazat.media.MaterialMatch;
import pk.hifazat.media.ReportMaterial;

/**
 * Matches files against every matching bank — exactly for MD5, SHA-1 and SHA-256 (one indexed query
 * per algorithm for the whole batch), by PDQ within each bank's radius (the in-memory index). For
 * report files it also stores what is new and marks files with a usable PDQ hash that matched nothing
 * as unknown material; a case's seized files are stored by {@link SeizedMatching} from {@link #find}.
 */
@Component
class Matcher {

    /** A bank entry a file matched: by which hash, and how near (0 for an exact hash). */
    record Hit(KnownEntry entry, HashAlgorithm algorithm, int distance) {
    }

    private static final List<HashAlgorithm> EXACT = List.of(HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA256);
    private static final HexFormat HEX = HexFormat.of();

    private final BankEntries entries;
    private final PdqIndex index;
    private final Matches matches;
    private final Timer perFile;

    Matcher(BankEntries entries, PdqIndex index, Matches matches, MeterRegistry meters) {
        this.entries = entries;
        this.index = index;
        this.matches = matches;
        this.perFile = Timer.builder("hifazat.matching").description("Matching one report file against every enabled bank")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * What is new about each report whose files found something, in the order first seen. The time
     * per file ({@code hifazat_matching_seconds}) is the batch's time shared among its files: matching
     * works a batch at a time.
     */
    List<ReportMaterial> match(List<StoredFile> files) {
        long started = System.nanoTime();
        try {
            return matchAll(files);
        } finally {
            if (!files.isEmpty()) {
                Duration each = Duration.ofNanos((System.nanoTime() - started) / files.size());
                files.forEach(f -> perFile.record(each));
            }
        }
    }

    private List<ReportMaterial> matchAll(List<StoredFile> files) {
        Map<StoredFile, List<MaterialMatch>> found = new LinkedHashMap<>();
        find(files).forEach((f, hits) -> found.put(f, hits.stream().map(h -> match(f, h)).toList()));
        return store(found);
    }

    /**
     * The live entries of matching banks that each file matches, in the order of the files given
     * (each file present, with an empty list when it matched nothing): exact hashes first, then PDQ
     * entries within their bank's radius that no exact hash found already.
     */
    <F extends HashedFile> Map<F, List<Hit>> find(List<F> files) {
        Map<F, List<Hit>> found = new LinkedHashMap<>();
        files.forEach(f -> found.put(f, new ArrayList<>()));
        for (HashAlgorithm algorithm : EXACT) {
            Map<String, List<F>> byHash = new HashMap<>();
            for (F f : files) {
                if (f.hash(algorithm) != null) {
                    byHash.computeIfAbsent(HEX.formatHex(f.hash(algorithm)), h -> new ArrayList<>()).add(f);
                }
            }
            List<byte[]> wanted = byHash.keySet().stream().map(HEX::parseHex).toList();
            for (var hit : entries.exact(algorithm, wanted)) {
                for (F f : byHash.getOrDefault(HEX.formatHex(hit.getKey()), List.of())) {
                    found.get(f).add(new Hit(hit.getValue(), algorithm, 0));
                }
            }
        }
        Map<F, List<PdqHit>> near = new HashMap<>();
        List<Long> nearIds = new ArrayList<>();
        for (F f : files) {
            if (f.hasUsablePdq()) {
                List<PdqHit> hits = index.search(f.pdqHashes(), bank -> true);
                near.put(f, hits);
                hits.forEach(h -> nearIds.add(h.entry()));
            }
        }
        Map<Long, KnownEntry> known = entries.live(nearIds);
        near.forEach((f, hits) -> {
            for (PdqHit hit : hits) {
                KnownEntry e = known.get(hit.entry());
                boolean already = found.get(f).stream().anyMatch(h -> h.entry().id() == hit.entry());
                if (e != null && !already) {
                    found.get(f).add(new Hit(e, HashAlgorithm.PDQ, hit.distance()));
                }
            }
        });
        return found;
    }

    private List<ReportMaterial> store(Map<StoredFile, List<MaterialMatch>> found) {
        Map<ReportId, List<MaterialMatch>> newMatches = new LinkedHashMap<>();
        Map<ReportId, List<Integer>> unknown = new LinkedHashMap<>();
        List<StoredFile> matchedNothing = new ArrayList<>();
        found.forEach((f, list) -> {
            for (MaterialMatch m : list) {
                if (matches.keep(f.report(), m)) {
                    newMatches.computeIfAbsent(f.report(), r -> new ArrayList<>()).add(m);
                }
            }
            if (list.isEmpty() && f.hasUsablePdq()) {
                matchedNothing.add(f);
            }
        });
        for (StoredFile f : matches.keepUnknown(matchedNothing)) {
            unknown.computeIfAbsent(f.report(), r -> new ArrayList<>()).add(f.file());
        }
        List<ReportMaterial> material = new ArrayList<>();
        for (ReportId report : found.keySet().stream().map(StoredFile::report).distinct().toList()) {
            List<MaterialMatch> m = newMatches.getOrDefault(report, List.of());
            List<Integer> u = unknown.getOrDefault(report, List.of());
            if (!m.isEmpty() || !u.isEmpty()) {
                material.add(new ReportMaterial(report, m, u));
            }
        }
        return material;
    }

    private static MaterialMatch match(StoredFile f, Hit hit) {
        KnownEntry e = hit.entry();
        return new MaterialMatch(f.file(), e.bank(), e.bankName(), e.id(), hit.algorithm(), hit.distance(), e.category(),
                e.series(), e.victimIdentified());
    }
}
