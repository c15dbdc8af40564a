package pk.hifazat.media.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.hifazat.pdq.index.HashIndex;
import org.hifazat.pdq.index.HashIndexBuilder;
import org.hifazat.pdq.index.MatchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.media.BankId;
import pk.hifazat.media.MaterialAssessed;
import pk.hifazat.media.ReportMaterial;

/**
 * When a bank gains entries, the reports already stored and the files seized as cases' evidence are
 * matched against those entries: exact hashes by a join on the files' indexes, PDQ by an index of
 * only the new entries that every stored file's PDQ hash is searched in. What is new is stored (and
 * for reports announced), a batch of files at a time.
 */
@Component
class Rematching {

    private static final Logger log = LoggerFactory.getLogger(Rematching.class);
    private static final int FILES_PER_BATCH = 1000;
    private static final int ENTRIES_PER_PASS = 2_000_000;

    private final JdbcTemplate jdbc;
    private final ReportFiles files;
    private final Matcher matcher;
    private final SeizedFiles seizedFiles;
    private final SeizedMatching seized;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Rematching(JdbcTemplate jdbc, ReportFiles files, Matcher matcher, SeizedFiles seizedFiles, SeizedMatching seized,
               ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.files = files;
        this.matcher = matcher;
        this.seizedFiles = seizedFiles;
        this.seized = seized;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Matches the stored reports against all of a bank's entries, import by import: a bank enabled or widened. */
    void rematchBank(BankId bank) {
        for (Long importId : jdbc.queryForList("SELECT id FROM media_import WHERE bank_id = ? AND added > 0 ORDER BY id",
                Long.class, bank.value())) {
            rematchImport(importId, bank);
        }
    }

    /** Matches the stored reports and seized files against what the import added to the bank. */
    void rematchImport(long importId, BankId bank) {
        try {
            List<StoredFile> reportFiles = new ArrayList<>(exactCandidates(importId));
            List<SeizedFile> seizedCandidates = new ArrayList<>(seizedFiles.sharingSha256With(importId));
            pdqCandidates(importId, bank, reportFiles, seizedCandidates);
            inBatches(reportFiles, batch -> {
                List<ReportMaterial> found = matcher.match(batch);
                if (!found.isEmpty()) {
                    events.publishEvent(new MaterialAssessed(found));
                }
            });
            inBatches(seizedCandidates, seized::matchKept);
        } catch (RuntimeException e) {
            log.error("Stored files could not be matched again against import {} into bank {}", importId, bank, e);
        }
    }

    /** Matches each batch in its own transaction, so that a large catch-up holds no lock for long. */
    private <F> void inBatches(List<F> candidates, Consumer<List<F>> match) {
        for (int from = 0; from < candidates.size(); from += FILES_PER_BATCH) {
            List<F> batch = candidates.subList(from, Math.min(candidates.size(), from + FILES_PER_BATCH));
            transactions.executeWithoutResult(tx -> match.accept(batch));
        }
    }

    /** Stored files that share an exact hash with an entry of the import. */
    private List<StoredFile> exactCandidates(long importId) {
        List<StoredFile> found = new ArrayList<>();
        for (HashAlgorithm algorithm : List.of(HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA256)) {
            String column = BankEntries.column(algorithm);
            jdbc.query("SELECT DISTINCT f.report_id, f.file, f.md5, f.sha1, f.sha256, f.pdq, f.pdq_quality, f.pdq_variants "
                            + "FROM media_entry e JOIN media_report_file f ON f." + column + " = e." + column
                            + " WHERE e.import_id = ? AND e.removed_at IS NULL",
                    rs -> {
                        found.add(ReportFiles.read(rs));
                    }, importId);
        }
        return found;
    }

    /**
     * Adds the stored report files and seized files whose PDQ hash lies within the bank's radius of an
     * entry of the import, a pass of entries at a time.
     */
    private void pdqCandidates(long importId, BankId bank, List<StoredFile> reportFiles, List<SeizedFile> seizedCandidates) {
        Integer radius = jdbc.queryForObject("SELECT pdq_radius FROM media_bank WHERE id = ?", Integer.class, bank.value());
        Set<String> seen = new HashSet<>();
        Set<String> seenSeized = new HashSet<>();
        long after = 0;
        while (true) {
            HashIndexBuilder builder = HashIndex.builder();
            long[] last = {after};
            jdbc.query("SELECT id, pdq FROM media_entry WHERE import_id = ? AND id > ? AND pdq IS NOT NULL "
                            + "AND removed_at IS NULL AND (pdq_quality IS NULL OR pdq_quality >= ?) ORDER BY id LIMIT ?",
                    rs -> {
                        builder.add(PdqBytes.hash(rs.getBytes(2)), 100, rs.getLong(1));
                        last[0] = rs.getLong(1);
                    }, importId, after, HashedFile.USABLE_QUALITY, ENTRIES_PER_PASS);
            if (builder.size() == 0) {
                return;
            }
            HashIndex newEntries = builder.build();
            Predicate<HashedFile> near = file -> file.pdqHashes().stream().anyMatch(hash -> !newEntries.search(MatchQuery.of(hash)
                    .withRadius(radius).withQualityFloor(0)).isEmpty());
            transactions.executeWithoutResult(tx -> {
                files.eachWithUsablePdq(file -> {
                    if (near.test(file) && seen.add(file.key())) {
                        reportFiles.add(file);
                    }
                });
                seizedFiles.eachWithUsablePdq(file -> {
                    if (near.test(file) && seenSeized.add(file.key())) {
                        seizedCandidates.add(file);
                    }
                });
            });
            if (newEntries.size() < ENTRIES_PER_PASS) {
                return;
            }
            after = last[0];
        }
    }
}
