package pk.hifazat.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.hifazat.pdq.PdqHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.media.BankId;

@HifazatTest
class PdqIndexTest {

    @Autowired
    Banks banks;

    @Autowired
    HashImports imports;

    @Autowired
    HashImporter importer;

    @Autowired
    BankEntries entries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChangeLog changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MediaProperties properties;

    @TempDir
    Path folder;

    @Test
    void buildsItselfAgainInTheBackgroundOnceManyEntriesWereAddedKeepingRemovalsAndBankStates() throws Exception {
        PdqIndex index = new PdqIndex(jdbc, changes, transactions, new MediaProperties(properties.spoolDir(),
                properties.importBatch(), properties.importWriters(), properties.errorsKept(), properties.followEvery(), 1, properties.lookupsPerMinute(),
                properties.lookAlikeRadius()));
        int before = index.size();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        BankId bank = tx.execute(s -> banks.create("Fold " + UUID.randomUUID(), "test", "1", Severity.HIGH, 8, "test").id());
        List<PdqHash> added = importRandom(bank, before + 10);

        index.catchUp();
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (index.recentSize() > 0) {
            assertThat(Instant.now()).as("the background build ends").isBefore(until);
            Thread.sleep(20);
        }
        assertThat(index.size()).isEqualTo(before + added.size());
        assertThat(index.search(List.of(added.getFirst()), b -> true)).singleElement()
                .satisfies(hit -> assertThat(hit.bank()).isEqualTo(bank));

        long entry = index.search(List.of(added.get(1)), b -> true).getFirst().entry();
        tx.executeWithoutResult(s -> entries.remove(entry, "test", "test"));
        tx.executeWithoutResult(s -> banks.setRadius(bank, 0));
        index.catchUp();
        assertThat(index.search(List.of(added.get(1)), b -> true)).isEmpty();
        assertThat(index.search(List.of(flip(added.get(2))), b -> true)).as("outside the bank's new radius").isEmpty();
        assertThat(index.search(List.of(added.get(2)), b -> true)).hasSize(1);
        tx.executeWithoutResult(s -> banks.setEnabled(bank, false));
        index.catchUp();
        assertThat(index.search(List.of(added.get(2)), b -> true)).isEmpty();
    }

    private List<PdqHash> importRandom(BankId bank, int count) throws Exception {
        SplittableRandom random = new SplittableRandom();
        List<PdqHash> hashes = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            PdqHash hash = PdqHash.of(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
            hashes.add(hash);
            csv.append("pdq,").append(hash.toHex()).append(",1,\n");
        }
        Path file = Files.writeString(folder.resolve("random.csv"), csv);
        long id = new TransactionTemplate(transactions).execute(s -> imports.queue(bank, "random.csv", ImportFormat.CSV, "test"));
        importer.run(id, bank, file, ImportFormat.CSV, "test");
        return hashes;
    }

    private static PdqHash flip(PdqHash hash) {
        return PdqHash.of(hash.word(0) ^ 1, hash.word(1), hash.word(2), hash.word(3));
    }
}
