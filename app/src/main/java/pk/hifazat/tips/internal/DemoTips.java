package pk.hifazat.tips.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.demo.DemoDataRequested;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.Victim;

/**
 * A handful of fictional public tips for {@code --demo}, so the intake desk has something to show.
 * Every one says it is fictional in its first words; the names, numbers and accounts are invented.
 */
@Component
class DemoTips {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    static final String MARK = "(Fictional demo tip) ";

    private final Intake intake;
    private final JdbcClient jdbc;

    DemoTips(Intake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DemoDataRequested request) {
        if (jdbc.sql("SELECT count(*) FROM tips_demo_tips").query(Long.class).single() > 0) {
            return;
        }
        List<ReportContent> tips = List.of(
                tip(IncidentType.ONLINE_ENTICEMENT, List.of(ReportAnnotation.GROOMING),
                        "A man offers children free game credit and gifts, then asks them to meet him.",
                        new LocationHint("PK", "Muzaffargarh", "near the railway road", null, null),
                        List.of(new Account("TikTok", null, "demo.gifts.4u", null, null, null, "+923001234567", null, null, null)),
                        new Victim(8, null, null, Gender.MALE, null, null)),
                tip(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(ReportAnnotation.LIVE_STREAMING),
                        "A paid group on a messaging app advertises live video sessions with children.",
                        null,
                        List.of(new Account("Telegram", null, "demo_private_room", null, "https://t.me/demo_private_room",
                                null, null, null, null, null)),
                        null),
                tip(null, List.of(),
                        "ایک کم عمر لڑکی کی شادی اگلے جمعہ کو طے کی گئی ہے۔",
                        new LocationHint("PK", null, "ڈی جی خان، بلاک 12", null, null),
                        List.of(),
                        new Victim(13, null, null, Gender.FEMALE, null, null)),
                tip(IncidentType.ONLINE_ENTICEMENT, List.of(ReportAnnotation.SEXTORTION),
                        "Someone is threatening my cousin (15) to publish photos unless she sends more.",
                        new LocationHint("PK", "Lahore", null, null, null),
                        List.of(new Account("Instagram", null, "demo.not.a.real.account", null, null,
                                "demo.blackmailer@example.org", null, null, null, null)),
                        new Victim(15, null, null, Gender.FEMALE, null, null)));
        tips.forEach(content -> intake.submitTip(content, null));
        jdbc.sql("INSERT INTO tips_demo_tips (added_at) VALUES (now())").update();
        console.warn("Demo intake: {} fictional public tips added.", tips.size());
    }

    private static ReportContent tip(IncidentType type, List<ReportAnnotation> annotations, String description,
                                     LocationHint location, List<Account> accounts, Victim victim) {
        return new ReportContent(null, type, null, null, null, List.of(), annotations, MARK + description,
                accounts.isEmpty() ? List.of() : List.of(new Person(null, accounts, null, null)), List.of(),
                victim == null ? List.of() : List.of(victim), List.of(), location);
    }
}
