package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identifiers.IdentifierRole;

/** Intake's read side, as triage and the other modules after it use it. */
@HifazatTest
class ReceivedReportsTest {

    private static final String MD5 = "D41D8CD98F00B204E9800998ECF8427E";

    @Autowired
    Intake intake;

    @Autowired
    ReceivedReports reports;

    @Autowired
    IdentifierNormaliser normaliser;

    @Test
    void aReportIsReadWithItsNormalContentIdentifiersFilesAndAdditions() {
        String phone = uniquePhone();
        Receipt receipt = intake.submitTip(tip("He messages my sister.", account("Instagram", "@Ali_" + phone, phone),
                List.of(file(MD5))), null);
        AdditionId addition = intake.addInformation(receipt.code(),
                tip("He also uses this number.", account(null, null, "0345 " + phone.substring(4)), List.of()), null)
                .orElseThrow();

        IncomingReport report = reports.byId(receipt.report()).orElseThrow();

        assertThat(report.source()).isEqualTo(ReportSource.PUBLIC);
        assertThat(report.organisation()).isNull();
        assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(report.content().description()).isEqualTo("He messages my sister.");
        assertThat(report.identifiers()).extracting(i -> i.identifier().kind(), i -> i.identifier().value(),
                        i -> i.identifier().platform(), ReportedIdentifier::role, ReportedIdentifier::addition)
                .containsExactly(
                        tuple(IdentifierKind.USERNAME, "ali_" + phone, "instagram",
                                IdentifierRole.REPORTED_PERSON, null),
                        tuple(IdentifierKind.PHONE, "+92" + phone.substring(1), null,
                                IdentifierRole.REPORTED_PERSON, null),
                        tuple(IdentifierKind.PHONE, "+92345" + phone.substring(4), null,
                                IdentifierRole.REPORTED_PERSON, addition));
        assertThat(report.files()).singleElement().satisfies(file ->
                assertThat(file.hashes()).containsExactly(new FileHash(HashAlgorithm.MD5, MD5.toLowerCase())));
        assertThat(report.additions()).singleElement().satisfies(added -> {
            assertThat(added.id()).isEqualTo(addition);
            assertThat(added.content().description()).isEqualTo("He also uses this number.");
        });
    }

    @Test
    void aReportReadBeforeIsReadAgainWithWhatChangedSince() {
        Receipt receipt = intake.submitTip(tip("He calls at night.", account(null, null, uniquePhone()), List.of()), null);
        assertThat(reports.byIds(List.of(receipt.report()))).singleElement()
                .satisfies(first -> assertThat(first.additions()).isEmpty());

        intake.addInformation(receipt.code(), tip("And on Sundays.", account(null, null, uniquePhone()), List.of()), null);
        IncomingReport added = reports.byIds(List.of(receipt.report())).getFirst();
        intake.changeStatus(receipt.report(), ReportStatus.UNDER_REVIEW);
        IncomingReport reviewed = reports.byIds(List.of(receipt.report())).getFirst();

        assertThat(added.additions()).extracting(a -> a.content().description()).containsExactly("And on Sundays.");
        assertThat(added.identifiers()).hasSize(2);
        assertThat(reviewed.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        assertThat(reviewed.additions()).hasSize(1);
    }

    @Test
    void aBatchIsReadInTheOrderAskedAndUnknownReportsAreLeftOut() {
        List<Receipt> receipts = IntStream.range(0, 3)
                .mapToObj(i -> intake.submitTip(tip("Tip " + i, account(null, null, uniquePhone()), List.of()), null))
                .toList();
        ReportId unknown = new ReportId(UUID.randomUUID());

        List<IncomingReport> read = reports.byIds(List.of(receipts.get(2).report(), unknown, receipts.get(0).report(),
                receipts.get(1).report()));

        assertThat(read).extracting(IncomingReport::id).containsExactly(receipts.get(2).report(),
                receipts.get(0).report(), receipts.get(1).report());
        assertThat(read).extracting(r -> r.content().description()).containsExactly("Tip 2", "Tip 0", "Tip 1");
        assertThat(reports.byIds(List.of())).isEmpty();
        assertThatThrownBy(() -> reports.byIds(IntStream.range(0, ReceivedReports.MAX_BATCH + 1)
                .mapToObj(i -> new ReportId(UUID.randomUUID())).toList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportsNamingAnIdentifierAreFoundNewestFirstAndOnlyOnItsPlatform() {
        String phone = uniquePhone();
        Receipt first = intake.submitTip(tip("First.", account("instagram", "ali_" + phone, phone), List.of()), null);
        Receipt second = intake.submitTip(tip("Second.", account("IG", "@ALI_" + phone, null), List.of()), null);
        Receipt elsewhere = intake.submitTip(tip("Third.", account("some forum", "ali_" + phone, null), List.of()), null);

        var onInstagram = normaliser.normalise(IdentifierKind.USERNAME, "@Ali_" + phone, "Instagram").orElseThrow();
        assertThat(reports.naming(onInstagram, 10)).containsExactly(second.report(), first.report());
        assertThat(reports.naming(onInstagram, 1)).containsExactly(second.report());
        var onTheForum = normaliser.normalise(IdentifierKind.USERNAME, "ali_" + phone, "some forum").orElseThrow();
        assertThat(reports.naming(onTheForum, 10)).containsExactly(elsewhere.report());
        assertThat(reports.naming(normaliser.phone("+92" + phone.substring(1)).orElseThrow(), 10))
                .containsExactly(first.report());
    }

    /** A Pakistani mobile number (0300 and seven digits) no other test uses. */
    private static String uniquePhone() {
        return "0300" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
    }

    private static Person account(String platform, String screenName, String phone) {
        return new Person(null, List.of(new Account(platform, null, screenName, null, null, null, phone, null, null, null)),
                null, null);
    }

    private static MediaFile file(String md5) {
        return new MediaFile("photo.jpg", null, md5, null, null, null, null, null, null, null, null);
    }

    private static ReportContent tip(String description, Person person, List<MediaFile> files) {
        return new ReportContent(null, null, null, null, null, null, null, description, List.of(person), null, null,
                files, null);
    }
}
