package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.internal.Reports;

/** The core the public web side stores into: tips, receipts, coarse status, information added later. */
@HifazatTest
class PublicTipsTest {

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    @Test
    void storesATipWithItsContactAndGivesAReceiptWhoseStatusIsReceived() {
        var tip = tip("Someone is sending messages to my nephew asking for photos.",
                List.of(new Person(null, List.of(account("0301-7654321", "@Predator_X")), null, null)));
        Receipt receipt = intake.submitTip(tip, new ReporterContact("A. Reporter", "Reporter@Example.org", "0333 1112223"));

        assertThat(receipt.duplicate()).isFalse();
        var status = intake.status(ReceiptCode.of(receipt.code().value().toLowerCase()));
        assertThat(status).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ReportStatus.RECEIVED));
        var row = jdbc.sql("SELECT source, organisation_id FROM report WHERE id = ?").param(receipt.report().value())
                .query().singleRow();
        assertThat(row).containsEntry("source", "PUBLIC");
        assertThat(row.get("organisation_id")).isNull();
        assertThat(reports.byId(receipt.report())).hasValueSatisfying(stored -> {
            assertThat(stored.contact().email()).isEqualTo("reporter@example.org");
            assertThat(stored.contact().phone()).isEqualTo("+923331112223");
            assertThat(stored.content().description()).startsWith("Someone is sending messages");
        });
        assertThat(jdbc.sql("SELECT kind || ' ' || value FROM report_identifier WHERE report_id = ? ORDER BY position")
                .param(receipt.report().value()).query(String.class).list())
                .containsExactly("USERNAME Predator_X", "PHONE +923017654321");
    }

    @Test
    void theReportersContactAndWhatTheTipSaysAreStoredOnlySealed() {
        Receipt receipt = intake.submitTip(tip("My neighbour's daughter Ayesha Bibi is being sent threats.", List.of()),
                new ReporterContact("Kamran Siddiqui", "kamran@example.org", "0333 1112223"));

        for (String clear : List.of("Ayesha Bibi", "Kamran Siddiqui", "kamran@example.org", "+923331112223")) {
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM report WHERE id = ? AND (position(convert_to(?, 'UTF8') IN raw) > 0
                                OR position(convert_to(?, 'UTF8') IN normalised) > 0
                                OR position(convert_to(?, 'UTF8') IN coalesce(contact, ''::bytea)) > 0)""")
                    .params(receipt.report().value(), clear, clear, clear).query(Long.class).single())
                    .as("the database holds %s in the clear", clear).isZero();
        }
        assertThat(reports.byId(receipt.report())).hasValueSatisfying(stored -> {
            assertThat(stored.contact().name()).isEqualTo("Kamran Siddiqui");
            assertThat(stored.raw()).contains("Ayesha Bibi");
        });
    }

    @Test
    void anAnonymousTipNeedsNoContactButMustSaySomething() {
        assertThat(intake.submitTip(tip("A video of a child is being shared in a WhatsApp group.", List.of()), null)
                .code()).isNotNull();
        assertThatThrownBy(() -> intake.submitTip(tip("  ", List.of()), null))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("description", "empty")));
    }

    @Test
    void namesTheFieldsOfATipThatAreWrong() {
        var bad = tip("Text", List.of(new Person(null, List.of(account("12ab", null)), null, null)));
        assertThatThrownBy(() -> intake.submitTip(bad, new ReporterContact(null, "not-an-address", null)))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("persons[0].accounts[0].phone", "contact.email"));
    }

    @Test
    void informationAddedByReceiptJoinsTheReportAndItsIdentifiers() {
        Receipt receipt = intake.submitTip(tip("First message.", List.of()), null);
        var added = intake.addInformation(ReceiptCode.of(receipt.code().value().replace("-", " ")),
                tip("He also uses this number.", List.of(new Person(null, List.of(account("0345 9876543", null)), null, null))),
                null);
        assertThat(added).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM report_addition WHERE report_id = ?").param(receipt.report().value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT value FROM report_identifier WHERE report_id = ? AND addition_id = ?")
                .params(receipt.report().value(), added.get().value()).query(String.class).list()).containsExactly("+923459876543");
        assertThat(intake.addInformation(ReceiptCode.of("HZ-0000-0000"), tip("x", List.of()), null)).isEmpty();
    }

    @Test
    void theStatusMovesOnAndIsShownCoarsely() {
        Receipt receipt = intake.submitTip(tip("Something happened.", List.of()), null);
        intake.changeStatus(receipt.report(), ReportStatus.UNDER_REVIEW);
        assertThat(intake.status(receipt.code()).orElseThrow().status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        intake.changeStatus(receipt.report(), ReportStatus.CLOSED);
        assertThat(intake.status(receipt.code()).orElseThrow().status()).isEqualTo(ReportStatus.CLOSED);
    }

    @Test
    void aTipMayNotCarryAnOrganisationsReportId() {
        var tip = new ReportContent("MY-ID", null, null, null, null, null, null, "text", null, null, null, null, null);
        assertThatThrownBy(() -> intake.submitTip(tip, null)).isInstanceOfSatisfying(InvalidReportException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("externalReportId"));
    }

    private static ReportContent tip(String description, List<Person> persons) {
        return new ReportContent(null, null, null, null, null, null, null, description, persons, null, null, null, null);
    }

    private static Account account(String phone, String screenName) {
        return new Account(null, null, screenName, null, null, null, phone, null, null, null);
    }
}
