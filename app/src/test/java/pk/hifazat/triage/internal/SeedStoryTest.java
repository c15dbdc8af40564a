package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.IpCapture;
import pk.hifazat.intake.IpEvent;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.Victim;
import pk.hifazat.intake.bench.GenerateBulkFile;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;
import pk.hifazat.triage.Priority;

/**
 * The story Hifazat started from: two Urdu tips naming مظفر گڑھ and a phone number, three platforms
 * reporting the same account (in different case, one with an {@code @}, one with an address in
 * Germany), among a few thousand other reports, and a Lahore group that shares only a public Wi-Fi
 * address with one of them. One cluster, routed to Muzaffargarh, P1 with the child's age in its
 * reasons, flagged for cooperation; the Lahore group stays apart.
 */
@HifazatTest
class SeedStoryTest {

    private static final String PUBLIC_WIFI = "39.32.14.201";

    @Autowired Intake intake;
    @Autowired MockMvc mvc;
    @Autowired ReportingOrganisations organisations;
    @Autowired ApiKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired QueueItems items;
    @Autowired ReportRows rows;
    @Autowired ReasonTexts reasons;
    @Autowired ReceivedReports received;

    @Test
    void theMuzaffargarhNetworkIsOneP1ClusterInMuzaffargarhAndTheLahoreDecoyStaysApart() throws Exception {
        String digits = "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        String handle = "ShadowGift_" + UUID.randomUUID().toString().substring(0, 4);
        String germanMail = handle.toLowerCase() + "@web.de";
        String decoyPhone = TriageTestReports.uniqueMobile();
        TestOrganisations platforms = new TestOrganisations(organisations, keys);

        bulk(platforms.create(), 2_000);

        List<UUID> story = new ArrayList<>();
        story.add(tip("مظفر گڑھ میں ایک غیر ملکی آدمی بچوں کو گیم اور تحفوں کا لالچ دیتا ہے اور اس نمبر سے پیغام بھیجتا ہے۔",
                "0301-" + digits, 8));
        story.add(tip("میرے بھتیجے کو اسی نمبر سے پیغام آتے ہیں، مظفر گڑھ ریلوے روڈ کے قریب۔",
                toUrduDigits("0301" + digits), 7));
        story.add(industry(platforms.create(), "Instagram", "@" + handle, "+92 301 " + digits, null, PUBLIC_WIFI, 9));
        story.add(industry(platforms.create(), "TikTok", handle.toLowerCase(), "92301" + digits, germanMail, null, 10));
        story.add(industry(platforms.create(), "Telegram", handle.toUpperCase(), null, germanMail, null, 9));

        List<UUID> decoy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            decoy.add(intake.submitTip(content("Lahore mein ek aadmi bachon ko tang karta hai, Lahore Cantt ke paas.",
                    new LocationHint("PK", "Lahore", null, null, null),
                    new Account(null, null, null, null, null, null, decoyPhone,
                            i == 0 ? List.of(new IpCapture(PUBLIC_WIFI, Instant.now(), IpEvent.LOGIN)) : List.of(), null, null),
                    List.of()), null).report().value());
        }

        QueueItem cluster = PriorityRulesTest.eventually(() -> item(story.getFirst()),
                item -> item != null && item.reportCount() == story.size());
        for (UUID report : story) {
            assertThat(item(report).cluster()).as("report %s in the story's cluster", report).isEqualTo(cluster.cluster());
        }
        assertThat(cluster.district()).isEqualTo("PK623");
        assertThat(cluster.priority()).isEqualTo(Priority.P1);
        assertThat(cluster.abroadCountry()).isEqualTo("DE");
        assertThat(cluster.reasons()).contains("YOUNG_VICTIM_SUSPECT_IN_PAKISTAN", "REPEATED_ACCOUNT");
        assertThat(reasons.text("YOUNG_VICTIM_SUSPECT_IN_PAKISTAN", cluster.youngestAge(), java.util.Locale.ENGLISH))
                .isEqualTo("A child aged 7 (under 13) with a suspect in Pakistan");
        assertThat(jdbc.sql("SELECT u.code FROM unit u WHERE u.id = ?").param(cluster.queueUnit()).query(String.class).single())
                .isEqualTo("DCU-PK623");

        QueueItem lahore = PriorityRulesTest.eventually(() -> item(decoy.getFirst()), item -> item != null && item.reportCount() == 3);
        assertThat(lahore.cluster()).isNotEqualTo(cluster.cluster());
        assertThat(lahore.district()).isEqualTo("PK617");
        assertThat(item(decoy.get(1)).cluster()).isEqualTo(lahore.cluster());
        assertThat(item(decoy.get(2)).cluster()).isEqualTo(lahore.cluster());
    }

    private QueueItem item(UUID report) {
        return rows.of(report).flatMap(row -> items.of(row.cluster())).orElse(null);
    }

    private UUID tip(String urdu, String phone, int age) {
        return intake.submitTip(content(urdu, null, new Account(null, null, null, null, null, null, phone, null, null, null),
                List.of(new Victim(age, null, null, Gender.MALE, null, null))), null).report().value();
    }

    private static ReportContent content(String description, LocationHint location, Account account, List<Victim> victims) {
        return new ReportContent(null, null, null, null, null, List.of(), List.of(ReportAnnotation.GROOMING), description,
                List.of(new Person(null, List.of(account), null, null)), List.of(), victims, List.of(), location);
    }

    private UUID industry(TestOrganisations.Client platform, String name, String handle, String phone, String email,
                          String ip, int age) throws Exception {
        String json = """
                {"externalReportId": "%s", "incidentType": "ONLINE_ENTICEMENT", "incidentTime": "2026-11-20T14:03:00+05:00",
                 "annotations": ["SEXTORTION"], "description": "The account offers game credit to boys for pictures.",
                 "persons": [{"accounts": [{"platform": "%s", "screenName": "%s"%s%s%s}]}],
                 "victims": [{"age": %d, "gender": "MALE"}]}
                """.formatted(UUID.randomUUID(), name, handle,
                phone == null ? "" : ", \"phone\": \"" + phone + "\"",
                email == null ? "" : ", \"email\": \"" + email + "\"",
                ip == null ? "" : ", \"ipCaptures\": [{\"ip\": \"" + ip + "\", \"at\": \"2026-11-20T13:59:00Z\", \"event\": \"LOGIN\"}]",
                age);
        String answer = mvc.perform(post("/api/v1/reports").header("Authorization", platform.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String receipt = answer.replaceAll("(?s).*\"receipt\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return received.withReceipt(new ReceiptCode(receipt)).orElseThrow().value();
    }

    private void bulk(TestOrganisations.Client platform, int count) throws Exception {
        Path file = Files.createTempFile("seed-story", ".ndjson");
        try {
            GenerateBulkFile.main(new String[] {file.toString(), Integer.toString(count), "seed" + System.nanoTime()});
            mvc.perform(post("/api/v1/reports/bulk").header("Authorization", platform.bearer())
                            .contentType("application/x-ndjson").content(Files.readAllBytes(file)))
                    .andExpect(status().isOk());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String toUrduDigits(String digits) {
        StringBuilder urdu = new StringBuilder();
        digits.chars().forEach(c -> urdu.append((char) ('۰' + (c - '0'))));
        return urdu.toString();
    }
}
