package pk.hifazat.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.ReportedIdentifier;
import pk.hifazat.linking.Clusters;

/**
 * Every strong kind of identifier, and every kind of file hash, joins two reports that share
 * nothing else; the weak kinds do not. Reports made here, as intake would hand them over, so that
 * kinds intake does not take yet (wallets, payment accounts) are covered too.
 */
@HifazatTest
class StrongKeysTest {

    @Autowired
    Linker linker;

    @Autowired
    Clusters clusters;

    @Autowired
    IdentifierNormaliser normaliser;

    @ParameterizedTest
    @CsvSource(textBlock = """
            PHONE,           0300%07d,                          ,            true
            EMAIL,           Someone.%d@Example.org,            ,            true
            USERNAME,        @user_%d,                          instagram,   true
            USER_ID,         1784%d,                            facebook,    true
            PROFILE_URL,     HTTPS://Example.org/u/%d,          ,            true
            DEVICE_ID,       IMEI-35%d,                         android,     true
            PAYMENT_ACCOUNT, 0345%07d,                          jazzcash,    true
            WALLET,          0x52908400098527886E0F7030069857D2E4169EE7, ,   true
            IP,              10.1.%d.9,                         ,            false
            USERNAME,        @user_%d,                          ,            false
            USER_ID,         1784%d,                            ,            false
            """)
    void anIdentifierOfThisKindLinksOnlyWhenStrong(IdentifierKind kind, String pattern, String platform, boolean links) {
        int n = ThreadLocalRandom.current().nextInt(kind == IdentifierKind.IP ? 250 : 9_000_000);
        String written = pattern.formatted(n);
        var identifier = normaliser.normalise(kind, written, platform).orElseThrow();
        ReportId first = report(List.of(new ReportedIdentifier(identifier, IdentifierRole.REPORTED_PERSON, null)),
                List.of(fileOfItsOwn()));
        ReportId second = report(List.of(new ReportedIdentifier(identifier, IdentifierRole.REPORTED_PERSON, null)),
                List.of(fileOfItsOwn()));

        assertThat(clusters.clusterOf(second).equals(clusters.clusterOf(first))).isEqualTo(links);
    }

    @ParameterizedTest
    @CsvSource({"MD5", "SHA1", "SHA256", "PDQ"})
    void aFileHashOfEveryAlgorithmLinks(HashAlgorithm algorithm) {
        ReportedFile shared = new ReportedFile(List.of(hash(algorithm)), null, null, null, null);
        ReportId first = report(List.of(), List.of(shared, fileOfItsOwn()));
        ReportId second = report(List.of(), List.of(shared, fileOfItsOwn()));

        assertThat(clusters.clusterOf(second)).isEqualTo(clusters.clusterOf(first));
    }

    /** A file no other report names, so that two reports sharing one identifier are not duplicates. */
    private static ReportedFile fileOfItsOwn() {
        return new ReportedFile(List.of(hash(HashAlgorithm.SHA256)), null, null, null, null);
    }

    private static FileHash hash(HashAlgorithm algorithm) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < algorithm.digits()) {
            hex.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return FileHash.of(algorithm, hex.substring(0, algorithm.digits())).orElseThrow();
    }

    /** Links a report naming these, with a content of its own so that it is no one's duplicate. */
    private ReportId report(List<ReportedIdentifier> identifiers, List<ReportedFile> files) {
        ReportId id = new ReportId(UUID.randomUUID());
        ReportContent content = new ReportContent(null, null, null, null, null, null, null, "Report " + id, null, null,
                null, null, null);
        linker.linkReceived(List.of(new IncomingReport(id, ReportSource.PUBLIC, null, null, Instant.now(),
                ReportStatus.RECEIVED, content, identifiers, files, List.of())));
        return id;
    }
}
