package pk.hifazat.media.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.index.HashIndex;
import org.hifazat.pdq.index.HashIndexBuilder;
import org.hifazat.pdq.index.Match;
import org.hifazat.pdq.index.MatchQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.ReportId;
import pk.hifazat.media.FilesLookAlike;

/**
 * Every kept report file with a usable PDQ hash, in memory, to find the same picture sent again in
 * another report, whether or not any bank knows it: a new image of an unknown child in two reports
 * is the strongest reason to read them together.
 *
 * <p>Invariant: the index holds exactly the files with {@code seq} up to {@code applied}. Matching
 * keeps files and calls {@link #compare} under one advisory lock (see {@link #lockForMatching}), so
 * files become visible in {@code seq} order and an instance that reads everything after
 * {@code applied} before comparing has seen every file kept before, by any instance. The trade-off:
 * matching is serialised across instances, which costs little at 0.2 ms a file; a batch without a
 * usable PDQ hash takes no lock (none of its files enters the index, and the files that do are all
 * given their {@code seq} under the lock). Files added since
 * the last build are compared one by one, and the index is built again once they outnumber half of
 * it (or {@code fold-above}), as the banks' index does.
 */
@Component
class LookAlikes {

    /** A fixed key for the advisory lock: "HZLA". */
    private static final long LOCK = 0x485A4C41L;
    private static final int NEAREST = 64;
    private static final String USABLE = "pdq IS NOT NULL AND (pdq_quality IS NULL OR pdq_quality >= "
            + HashedFile.USABLE_QUALITY + ")";

    private final JdbcTemplate jdbc;
    private final MediaProperties properties;
    private final Object guard = new Object();
    private HashIndex base;
    private RecentEntries recent = RecentEntries.EMPTY;
    private long applied;

    LookAlikes(JdbcTemplate jdbc, MediaProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Held until the matching transaction ends, by whichever instance matches. */
    void lockForMatching() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
    }

    /**
     * The pictures that each of these files (just kept, in this transaction, under the lock) looks
     * like — within the look-alike radius over all its turns and mirrors, in another report — each
     * named by its anchor: the first file found to show it. A file that looks like files of several
     * pictures joins them, and takes the earliest anchor as its own; an earlier file that had none
     * becomes the anchor of its picture. So one file yields a pair per picture it shows, however
     * many reports showed that picture before.
     */
    List<FilesLookAlike.Pair> compare(List<StoredFile> kept) {
        List<StoredFile> usable = kept.stream().filter(StoredFile::hasUsablePdq).toList();
        if (usable.isEmpty()) {
            return List.of();
        }
        synchronized (guard) {
            catchUp();
            Map<String, Long> seqs = seqsOf(usable);
            int radius = properties.lookAlikeRadius();
            Map<StoredFile, Map<Long, Integer>> found = new LinkedHashMap<>();
            Set<Long> hits = new HashSet<>();
            for (StoredFile file : usable) {
                long own = seqs.get(file.key());
                Map<Long, Integer> nearest = new HashMap<>();
                PdqHash[] hashes = file.pdqHashes().toArray(PdqHash[]::new);
                for (PdqHash hash : hashes) {
                    for (Match m : base.search(MatchQuery.of(hash).withRadius(radius).withQualityFloor(0))) {
                        nearest.merge(m.id(), m.distance(), Math::min);
                    }
                }
                recent.search(hashes, radius, (id, d) -> nearest.merge(id, d, Math::min), id -> true);
                nearest.keySet().removeIf(seq -> seq >= own);
                if (!nearest.isEmpty()) {
                    Map<Long, Integer> closest = closest(nearest);
                    found.put(file, closest);
                    hits.addAll(closest.keySet());
                }
            }
            // A file of a batch that rolled back after it was compared is in the index and not in the table: no pair.
            Map<Long, Earlier> earlier = filesAt(hits);
            List<FilesLookAlike.Pair> pairs = new ArrayList<>();
            Set<Long> used = new HashSet<>();
            // Files of this batch anchored in this loop: a later file of the batch that looks like one
            // of them joins its picture's anchor, not the file itself (its row is not updated yet).
            Map<Long, Long> anchoredNow = new HashMap<>();
            found.forEach((file, nearest) -> {
                Map<Long, Integer> anchors = new HashMap<>();
                nearest.forEach((seq, distance) -> {
                    Earlier before = earlier.get(seq);
                    if (before != null && !before.file().report().equals(file.report())) {
                        anchors.merge(anchoredNow.getOrDefault(seq, before.anchor()), distance, Math::min);
                    }
                });
                if (anchors.isEmpty()) {
                    return;
                }
                anchors.forEach((anchor, distance) -> {
                    Earlier first = earlier.get(anchor);
                    StoredFile shown = first != null ? first.file() : fileAt(anchor);
                    pairs.add(new FilesLookAlike.Pair(shown.report(), shown.file(), file.report(), file.file(), distance));
                });
                used.addAll(anchors.keySet());
                long anchor = anchors.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
                anchorAt(anchor, seqs.get(file.key()));
                anchoredNow.put(seqs.get(file.key()), anchor);
            });
            // An earlier file that had no anchor is the first of its picture: it anchors itself.
            used.forEach(anchor -> anchorAt(anchor, anchor));
            return pairs;
        }
    }

    /** Anchors a file that has no anchor yet; one it already has stays. */
    private void anchorAt(long anchor, long file) {
        jdbc.update("UPDATE media_report_file SET look_alike = ? WHERE seq = ? AND look_alike IS NULL", anchor, file);
    }

    /**
     * The nearest {@value #NEAREST} of a file's look-alikes: enough to find the pictures it shows
     * (most copies of one picture share its anchor), without reading every copy of a picture sent
     * thousands of times.
     */
    private static Map<Long, Integer> closest(Map<Long, Integer> nearest) {
        if (nearest.size() <= NEAREST) {
            return nearest;
        }
        Map<Long, Integer> closest = new HashMap<>();
        nearest.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(NEAREST).forEach(e -> closest.put(e.getKey(), e.getValue()));
        return closest;
    }

    /** An earlier file and its picture's anchor (itself while it has none). */
    private record Earlier(StoredFile file, long anchor) {
    }

    /** Brings the index up to every usable file kept so far, by any instance; built whole the first time. */
    private void catchUp() {
        if (base == null) {
            applied = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM media_report_file", Long.class);
            rebuild();
            return;
        }
        jdbc.query("SELECT seq, pdq FROM media_report_file WHERE seq > ? AND " + USABLE + " ORDER BY seq", rs -> {
            recent = recent.plus(PdqBytes.hash(rs.getBytes(2)), rs.getLong(1), rs.getLong(1));
        }, applied);
        applied = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM media_report_file", Long.class);
        if (recent.size() > Math.max(properties.foldAbove(), base.size() / 2)) {
            rebuild();
        }
    }

    private void rebuild() {
        HashIndexBuilder builder = HashIndex.builder();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT seq, pdq FROM media_report_file WHERE seq <= ? AND " + USABLE);
            statement.setLong(1, applied);
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            builder.add(PdqBytes.hash(rs.getBytes(2)), 100, rs.getLong(1));
        });
        base = builder.build();
        recent = RecentEntries.EMPTY;
    }

    private Map<String, Long> seqsOf(List<StoredFile> files) {
        Map<String, Long> seqs = new HashMap<>();
        jdbc.query("SELECT f.report_id, f.file, f.seq FROM media_report_file f "
                        + "JOIN unnest(?::uuid[], ?::int4[]) AS k(report_id, file) USING (report_id, file)",
                rs -> {
                    seqs.put(StoredFile.key(rs.getObject(1, UUID.class), rs.getInt(2)), rs.getLong(3));
                },
                files.stream().map(f -> f.report().value()).toArray(UUID[]::new),
                files.stream().map(StoredFile::file).toArray(Integer[]::new));
        return seqs;
    }

    private Map<Long, Earlier> filesAt(Set<Long> seqs) {
        Map<Long, Earlier> files = new HashMap<>();
        if (seqs.isEmpty()) {
            return files;
        }
        jdbc.query("SELECT seq, report_id, file, look_alike FROM media_report_file WHERE seq = ANY(?)", rs -> {
            long seq = rs.getLong(1);
            long anchor = rs.getLong(4);
            boolean anchorless = rs.wasNull();
            files.put(seq, new Earlier(stored(rs.getObject(2, UUID.class), rs.getInt(3)), anchorless ? seq : anchor));
        }, (Object) seqs.toArray(Long[]::new));
        return files;
    }

    private StoredFile fileAt(long seq) {
        return jdbc.queryForObject("SELECT report_id, file FROM media_report_file WHERE seq = ?",
                (rs, n) -> stored(rs.getObject(1, UUID.class), rs.getInt(2)), seq);
    }

    private static StoredFile stored(UUID report, int file) {
        return new StoredFile(new ReportId(report), file, null, null, null, null, null);
    }
}
