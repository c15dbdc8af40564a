package pk.hifazat.media.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.demo.DemoDataRequested;

/**
 * A fictional bank for {@code --demo}, imported as a curator would, so that the demo's industry
 * reports find something: one of its PDQ hashes is the public test picture of a bridge from pdq's
 * samples (no abuse material), which a demo report names; the rest are made up.
 */
@Component
class DemoBank {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    static final String NAME = "Demo hash list (fictional)";
    private static final String LIST = """
            hash_type,hash,category,series
            pdq,f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,1,Demo series A
            pdq,30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af,1,Demo series A
            md5,00000000000000000000000000000de0,2,
            sha256,00000000000000000000000000000000000000000000000000000000000000de,1,Demo series B
            """;

    private final Banks banks;
    private final HashImporter importer;
    private final TransactionTemplate transactions;

    DemoBank(Banks banks, HashImporter importer, PlatformTransactionManager transactions) {
        this.banks = banks;
        this.importer = importer;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(DemoDataRequested request) {
        if (banks.nameTaken(NAME)) {
            return;
        }
        Bank bank = transactions.execute(tx -> banks.create(NAME, "Hifazat demo (fictional)", "1", Severity.HIGH,
                Bank.DEFAULT_RADIUS, "demo"));
        try {
            importer.queue(bank.id(), "demo-hashes.csv", ImportFormat.CSV,
                    new ByteArrayInputStream(LIST.getBytes(StandardCharsets.UTF_8)), "demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console.warn("Demo known material: bank '{}' with 4 fictional entries added.", NAME);
    }
}
