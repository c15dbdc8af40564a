package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Classification;
import pk.hifazat.intake.FileAnnotation;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.Victim;
import pk.hifazat.linking.Clusters;
import pk.hifazat.media.BankId;
import pk.hifazat.media.MaterialAssessed;
import pk.hifazat.media.MaterialMatch;
import pk.hifazat.media.ReportMaterial;
import pk.hifazat.triage.Priority;

/** Each priority rule with a report that looks like the ones it is for. */
@HifazatTest
class PriorityRulesTest {

    private static final LocationHint MULTAN = new LocationHint("PK", "Multan", null, null, null);

    @Autowired Intake intake;
    @Autowired Triage triage;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<Clusters> clusters;
    @Autowired ReportRows rows;
    @Autowired QueueItems items;
    @Autowired Retriage retriage;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TriageRules triageRules;
    @Autowired RuleChanges ruleChanges;

    TriageTestReports reports;

    @BeforeEach
    void setUp() {
        reports = new TriageTestReports(intake, triage, jdbc, clusters);
    }

    private ReportRow scored(ReportContent content) {
        return rows.of(reports.tip(content)).orElseThrow();
    }

    private static ReportContent tip(IncidentType type, List<ReportAnnotation> annotations, String description,
                                     LocationHint location, List<Account> accounts, List<Victim> victims, List<MediaFile> files) {
        return new ReportContent(null, type, null, null, null, List.of(), annotations, description,
                accounts.isEmpty() ? List.of() : List.of(new Person(null, accounts, null, null)), List.of(), victims, files, location);
    }

    private static Victim child(int age) {
        return new Victim(age, null, null, Gender.FEMALE, null, null);
    }

    private static MediaFile file(Classification classification, FileAnnotation... annotations) {
        String md5 = UUID.randomUUID().toString().replace("-", "");
        return new MediaFile("img.jpg", null, md5, null, null, null, true, false, classification, List.of(annotations), null);
    }

    @Test
    void aChildInDangerNowIsP1() {
        ReportRow row = scored(tip(null, List.of(ReportAnnotation.CHILD_IN_DANGER_NOW),
                "میرے پڑوسی کی بیٹی کو ایک آدمی ابھی گاڑی میں لے گیا ہے۔", MULTAN, List.of(), List.of(), List.of()));
        assertThat(row.priority()).isEqualTo(Priority.P1);
        assertThat(row.reasons()).contains("CHILD_IN_DANGER_NOW");
    }

    @Test
    void liveStreamingIsP1() {
        ReportRow row = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "A paid room shows a child on camera tonight.",
                null, List.of(TriageTestReports.handle("Telegram", "paid_room_" + UUID.randomUUID().toString().substring(0, 6))),
                List.of(), List.of(file(null, FileAnnotation.LIVE_STREAMING))));
        assertThat(row.priority()).isEqualTo(Priority.P1);
        assertThat(row.reasons()).contains("LIVE_STREAMING");
    }

    @Test
    void contactAbuseBeingProducedIsP1() {
        ReportRow row = scored(tip(IncidentType.CHILD_SEXUAL_MOLESTATION, List.of(), "A tutor films what he does to the boys he teaches.",
                MULTAN, List.of(), List.of(child(11)), List.of()));
        assertThat(row.priority()).isEqualTo(Priority.P1);
        assertThat(row.reasons()).contains("CONTACT_ABUSE");
    }

    @Test
    void aVictimUnder13WithASuspectInPakistanIsP1AndTheReasonNamesTheAge() {
        ReportRow row = scored(tip(IncidentType.ONLINE_ENTICEMENT, List.of(), "He promises game credit to my 8-year-old daughter.",
                null, List.of(TriageTestReports.phone(TriageTestReports.uniqueMobile())), List.of(child(8)), List.of()));
        assertThat(row.priority()).isEqualTo(Priority.P1);
        assertThat(row.reasons()).contains("YOUNG_VICTIM_SUSPECT_IN_PAKISTAN");
        assertThat(row.youngestAge()).isEqualTo(8);
    }

    @Test
    void aVictimUnder13WithASuspectAbroadIsNotP1ByAgeAlone() {
        ReportRow row = scored(tip(null, List.of(), "A man writes to a 9-year-old from abroad.",
                new LocationHint("DE", null, null, null, null),
                List.of(new Account(null, null, null, null, null, "stranger" + UUID.randomUUID().toString().substring(0, 6) + "@web.de",
                        null, null, null, null)), List.of(child(9)), List.of()));
        assertThat(row.reasons()).doesNotContain("YOUNG_VICTIM_SUSPECT_IN_PAKISTAN").contains("CHILD_VICTIM");
        assertThat(row.priority()).isEqualTo(Priority.P3);
        assertThat(row.abroadCountry()).isEqualTo("DE");
    }

    @Test
    void unknownMaterialIsP1WhetherItsFindingComesBeforeOrAfterTheReport() {
        ReportRow after = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "An image shared in a group.", null,
                List.of(), List.of(), List.of(file(null))));
        assertThat(after.priority()).isEqualTo(Priority.P4);
        triage.assessed(new MaterialAssessed(List.of(new ReportMaterial(new ReportId(after.report()), List.of(), List.of(0)))));
        assertThat(rows.of(after.report()).orElseThrow().priority()).isEqualTo(Priority.P1);
        assertThat(items.of(after.cluster()).orElseThrow().priority()).isEqualTo(Priority.P1);

        ReportId before = intake.submitTip(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "Another image.", null,
                List.of(), List.of(), List.of(file(null))), null).report();
        triage.assessed(new MaterialAssessed(List.of(new ReportMaterial(before, List.of(), List.of(0)))));
        if (clusters.getIfAvailable() == null) {
            triage.linked(new pk.hifazat.linking.ReportsLinked(List.of(new pk.hifazat.linking.LinkedReport(before,
                    new pk.hifazat.linking.ClusterId(UUID.randomUUID()), null)), List.of()));
        }
        reports.waitFor(before.value());
        assertThat(rows.of(before.value()).orElseThrow().reasons()).contains("UNKNOWN_MATERIAL");
    }

    @Test
    void sextortionAndGroomingAreP2() {
        ReportRow sextortion = scored(tip(null, List.of(ReportAnnotation.SEXTORTION),
                "Someone threatens my cousin (15) to publish her photos unless she sends more.", MULTAN,
                List.of(TriageTestReports.handle("Instagram", "x_" + UUID.randomUUID().toString().substring(0, 8))),
                List.of(child(15)), List.of()));
        assertThat(sextortion.priority()).isEqualTo(Priority.P2);
        assertThat(sextortion.reasons()).contains("SEXTORTION");

        ReportRow grooming = scored(tip(null, List.of(ReportAnnotation.GROOMING),
                "An adult befriended my 14-year-old son in a game and asks to meet him alone.", MULTAN,
                List.of(), List.of(child(14)), List.of()));
        assertThat(grooming.priority()).isEqualTo(Priority.P2);
        assertThat(grooming.reasons()).contains("GROOMING");
    }

    @Test
    void knownMaterialWithALocatedSuspectIsP2AndWithoutIsP3() {
        ReportRow located = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "Uploaded from this account.",
                MULTAN, List.of(TriageTestReports.phone(TriageTestReports.uniqueMobile())), List.of(), List.of(file(null))));
        ReportRow unlocated = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "Found in a public folder.",
                null, List.of(), List.of(), List.of(file(null))));
        triage.assessed(new MaterialAssessed(List.of(known(located.report()), known(unlocated.report()))));
        ReportRow locatedNow = rows.of(located.report()).orElseThrow();
        ReportRow unlocatedNow = rows.of(unlocated.report()).orElseThrow();
        assertThat(locatedNow.priority()).isEqualTo(Priority.P2);
        assertThat(locatedNow.reasons()).contains("KNOWN_MATERIAL_LOCATED_SUSPECT");
        assertThat(unlocatedNow.priority()).isEqualTo(Priority.P3);
        assertThat(unlocatedNow.reasons()).contains("KNOWN_MATERIAL").doesNotContain("KNOWN_MATERIAL_LOCATED_SUSPECT");
    }

    private static ReportMaterial known(UUID report) {
        return new ReportMaterial(new ReportId(report), List.of(new MaterialMatch(0, new BankId(UUID.randomUUID()), "Test bank",
                1L, HashAlgorithm.MD5, 0, "1", null, false)), List.of());
    }

    @Test
    void theIndustryClassificationWeighsIn() {
        ReportRow prepubescent = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "Classified by the platform.",
                null, List.of(), List.of(), List.of(file(Classification.A2))));
        assertThat(prepubescent.priority()).isEqualTo(Priority.P2);
        assertThat(prepubescent.reasons()).contains("PREPUBESCENT_MATERIAL");
        ReportRow pubescent = scored(tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(), "Classified by the platform.",
                null, List.of(), List.of(), List.of(file(Classification.B2))));
        assertThat(pubescent.priority()).isEqualTo(Priority.P3);
    }

    @Test
    void aReportWithNoPersonVictimOrPlaceIsP4() {
        ReportRow row = scored(tip(null, List.of(), "I saw something bad on a website.", null, List.of(), List.of(), List.of()));
        assertThat(row.priority()).isEqualTo(Priority.P4);
        assertThat(row.reasons()).isEmpty();
    }

    @Test
    void threeReportsAboutOneAccountWithin90DaysRaiseTheCluster() {
        List<UUID> ids = threeReportsAboutOneAccount();
        QueueItem item = eventually(() -> items.of(rows.of(ids.get(2)).orElseThrow().cluster()).orElseThrow(),
                i -> i.reportCount() == 3);
        assertThat(item.reasons()).contains("REPEATED_ACCOUNT");
        assertThat(item.priority()).isEqualTo(Priority.P2);
        assertThat(rows.of(ids.get(2)).orElseThrow().priority()).isEqualTo(Priority.P3);
    }

    @Test
    void aRaiseRulesPreviewCountsTheClustersItWouldNoLongerRaise() {
        List<UUID> ids = threeReportsAboutOneAccount();
        eventually(() -> items.of(rows.of(ids.get(2)).orElseThrow().cluster()).orElseThrow(), i -> i.reportCount() == 3);
        TriageRule rule = triageRules.byCode("REPEATED_ACCOUNT").orElseThrow();
        long unchanged = ruleChanges.preview(ruleChanges.proposed(rule.code(), rule.priority(), rule.parameter(), rule.days(), true));
        long fourReports = ruleChanges.preview(ruleChanges.proposed(rule.code(), rule.priority(), 4, rule.days(), true));
        assertThat(unchanged).isZero();
        assertThat(fourReports).isPositive();
    }

    @Test
    void threeReportsAboutOneAccountTooLongForAnIndexEntryRaiseTheClusterAsWell() {
        String profile = "https://example.cn/" + UUID.randomUUID() + "页".repeat(1900);
        List<Account> weibo = List.of(new Account("Weibo", null, null, null, profile, null, null, null, null, null));
        List<UUID> ids = reports.linkedTips(
                tip(null, List.of(), "He asks children for photos.", null, weibo, List.of(), List.of()),
                tip(null, List.of(), "Same man again.", null, weibo, List.of(), List.of()),
                tip(null, List.of(), "He is still at it.", null, weibo, List.of(), List.of()));
        QueueItem item = eventually(() -> items.of(rows.of(ids.get(2)).orElseThrow().cluster()).orElseThrow(),
                i -> i.reportCount() == 3);
        assertThat(item.reasons()).contains("REPEATED_ACCOUNT");
        assertThat(jdbc.sql("SELECT count(*) FROM triage_report WHERE report_id = ANY(?) AND accounts_listed IS NULL")
                .param(ids.toArray(UUID[]::new)).query(Long.class).single())
                .as("the accounts were read from the table, not from the index").isEqualTo(3);
    }

    /** Three tips naming one handle in three cases, on two platforms and on none, and one phone. */
    private List<UUID> threeReportsAboutOneAccount() {
        String handle = "ShadowGift_" + UUID.randomUUID().toString().substring(0, 6);
        String phone = TriageTestReports.uniqueMobile();
        List<UUID> ids = reports.linkedTips(
                tip(null, List.of(), "He asks children for photos.", null,
                        List.of(new Account("Instagram", null, "@" + handle, null, null, null, phone, null, null, null)), List.of(), List.of()),
                tip(null, List.of(), "Same man again.", null,
                        List.of(new Account("TikTok", null, handle.toLowerCase(), null, null, null, phone, null, null, null)), List.of(), List.of()),
                tip(null, List.of(), "He is still at it.", null,
                        List.of(new Account(null, null, handle.toUpperCase(), null, null, null, phone, null, null, null)), List.of(), List.of()));
        return ids;
    }

    @Test
    void aSupervisorSeesHowManyOpenReportsARuleChangeMovesAndTheChangeReTriagesThem() throws Exception {
        ReportRow grooming = scored(tip(null, List.of(ReportAnnotation.GROOMING), "He asks my son to meet him.", MULTAN,
                List.of(), List.of(child(14)), List.of()));
        var supervisor = SignIn.as(mvc, users.create("SUPERVISOR", "HQ"));
        mvc.perform(post("/triage/rules/GROOMING/preview").session(supervisor).with(csrf())
                        .param("priority", "1").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"preview\"")));
        try {
            mvc.perform(post("/triage/rules/GROOMING").session(supervisor).with(csrf()).param("priority", "1").param("enabled", "true"))
                    .andExpect(status().is3xxRedirection());
            eventually(() -> rows.of(grooming.report()).orElseThrow(), r -> r.priority() == Priority.P1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CHANGE_RULE' AND target_id = 'GROOMING'")
                    .query(Long.class).single()).isPositive();
        } finally {
            mvc.perform(post("/triage/rules/GROOMING").session(supervisor).with(csrf()).param("priority", "2").param("enabled", "true"));
            eventually(() -> rows.of(grooming.report()).orElseThrow(), r -> r.priority() == Priority.P2);
        }
    }

    @Test
    void anOfficerMayNotChangeARule() throws Exception {
        var officer = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK622"));
        mvc.perform(post("/triage/rules/GROOMING").session(officer).with(csrf()).param("priority", "4").param("enabled", "true"))
                .andExpect(status().isForbidden());
    }

    /**
     * Waits for the asynchronous pipeline (intake, linking, matching, triage). Alone a story is triaged
     * in seconds; in the whole suite, on two cores, the listeners may still be working through what
     * earlier tests sent (a 2,000-report bulk file took over a minute once), hence the long ceiling.
     */
    static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(150));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(until)) {
            TriageTestReports.sleep();
            value = read.get();
        }
        assertThat(done.test(value)).as("reached in time: " + value).isTrue();
        return value;
    }
}
