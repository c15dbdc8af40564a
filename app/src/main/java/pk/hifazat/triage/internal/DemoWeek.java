package pk.hifazat.triage.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.demo.DemoDataRequested;
import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
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
 * A fictional week for {@code --demo}, submitted through intake like any tip so that linking and
 * triage treat it as real: a Muzaffargarh cluster (the seed story — Urdu tips naming the district
 * and a phone number, reports about one gifting account in different case, one with an address in
 * Germany) among a few hundred ordinary reports across districts, so the queues make sense.
 * Every text starts with {@link #MARK}; names, numbers and accounts are invented.
 */
@Component
class DemoWeek {

    static final String MARK = "(Fictional demo report) ";
    static final int ORDINARY = 300;
    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final Intake intake;
    private final Districts districts;
    private final JdbcClient jdbc;

    DemoWeek(Intake intake, Districts districts, JdbcClient jdbc) {
        this.intake = intake;
        this.districts = districts;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DemoDataRequested request) {
        if (jdbc.sql("SELECT count(*) FROM triage_demo").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO triage_demo (added_at) VALUES (now())").update();
        List<ReportContent> week = new ArrayList<>(muzaffargarh());
        Random random = new Random(2024);
        List<District> all = districts.all();
        for (int i = 0; i < ORDINARY; i++) {
            week.add(ordinary(random, all.get(random.nextInt(all.size())), i));
        }
        week.forEach(content -> intake.submitTip(content, null));
        console.warn("Demo triage: {} fictional reports submitted (a Muzaffargarh cluster among ordinary ones).", week.size());
    }

    /** The seed story: the same gifting account and phone, written every way people write them. */
    private static List<ReportContent> muzaffargarh() {
        Instant lastWeek = Instant.now().minus(6, ChronoUnit.DAYS);
        return List.of(
                report(IncidentType.ONLINE_ENTICEMENT, List.of(ReportAnnotation.GROOMING, ReportAnnotation.CHILD_IN_DANGER_NOW),
                        "مظفر گڑھ میں ایک غیر ملکی آدمی بچوں کو گیم اور تحفوں کا لالچ دیتا ہے۔ یہ نمبر استعمال کرتا ہے۔",
                        null, List.of(account(null, null, "+92 300 1234567", null)), List.of(victim(8, Gender.MALE)), lastWeek),
                report(null, List.of(ReportAnnotation.GROOMING),
                        "میرے بھتیجے کو اسی نمبر سے پیغام آتے ہیں، مظفر گڑھ ریلوے روڈ کے قریب۔",
                        null, List.of(account(null, null, "۰۳۰۰۱۲۳۴۵۶۷", null)), List.of(victim(7, Gender.MALE)), lastWeek),
                report(IncidentType.CHILD_SEXUAL_ABUSE_MATERIAL, List.of(ReportAnnotation.LIVE_STREAMING),
                        "A paid live room run by the account @ShadowGift_77 shows young boys.",
                        null, List.of(account("Telegram", "@ShadowGift_77", "0300-1234567", null)), List.of(victim(9, Gender.MALE)), lastWeek),
                report(IncidentType.ONLINE_ENTICEMENT, List.of(ReportAnnotation.SEXTORTION),
                        "The user shadowgift_77 threatens a boy to publish his pictures.",
                        null, List.of(account("TikTok", "shadowgift_77", "923001234567", "shadow.gift77@web.de")),
                        List.of(victim(10, Gender.MALE)), lastWeek),
                report(IncidentType.ONLINE_ENTICEMENT, List.of(),
                        "SHADOWGIFT_77 offers free game credit to children who send pictures.",
                        new LocationHint("PK", "Muzaffargarh", null, null, null),
                        List.of(account("Instagram", "SHADOWGIFT_77", "+923001234567", null)), List.of(victim(6, null)), lastWeek));
    }

    private static final String[] ENGLISH = {
            "A man in %1$s sends messages to schoolchildren and asks for photos.",
            "Someone in %1$s shares a link to images of children in a WhatsApp group.",
            "A neighbour in %1$s says a girl of %2$d is being married off next month.",
            "A boy of %2$d in %1$s is being blackmailed with his pictures.",
            "An account offers money to children in %1$s to meet.",
            "I found images of a child on a public website; the uploader seems to be in %1$s."};
    private static final String[] URDU = {
            "%s میں ایک آدمی سکول کے بچوں کو پیغام بھیجتا ہے۔",
            "%s میں کوئی بچوں کی تصاویر کا لنک گروپ میں بھیجتا ہے۔",
            "%s میں ایک بچی کی شادی اگلے مہینے کی جا رہی ہے۔"};
    private static final ReportAnnotation[] ANNOTATIONS = {ReportAnnotation.GROOMING, ReportAnnotation.SEXTORTION,
            ReportAnnotation.CHILD_MARRIAGE, ReportAnnotation.CSAM_SOLICITATION, ReportAnnotation.SPAM};

    private static ReportContent ordinary(Random random, District district, int n) {
        int age = 6 + random.nextInt(11);
        boolean urdu = random.nextInt(3) == 0;
        String text = urdu ? URDU[random.nextInt(URDU.length)].formatted(district.name().urdu())
                : ENGLISH[random.nextInt(ENGLISH.length)].formatted(district.name().english(), age);
        List<ReportAnnotation> annotations = random.nextInt(3) == 0 ? List.of() : List.of(ANNOTATIONS[random.nextInt(ANNOTATIONS.length)]);
        List<Account> accounts = random.nextInt(2) == 0 ? List.of()
                : List.of(account(null, null, "03%02d%07d".formatted(random.nextInt(50), random.nextInt(10_000_000)), null));
        List<Victim> victims = random.nextInt(3) == 0 ? List.of() : List.of(victim(age, random.nextBoolean() ? Gender.FEMALE : Gender.MALE));
        LocationHint location = switch (n % 4) {
            case 0 -> new LocationHint("PK", district.name().english(), null, null, null);
            case 1 -> district.latitude() == null ? null : new LocationHint("PK", null, null, district.latitude(), district.longitude());
            default -> null;
        };
        return report(null, annotations, text, location, accounts, victims, null);
    }

    private static Account account(String platform, String handle, String phone, String email) {
        return new Account(platform, null, handle, null, null, email, phone, null, null, null);
    }

    private static Victim victim(int age, Gender gender) {
        return new Victim(age, null, null, gender, null, null);
    }

    private static ReportContent report(IncidentType type, List<ReportAnnotation> annotations, String description,
                                        LocationHint location, List<Account> accounts, List<Victim> victims, Instant when) {
        return new ReportContent(null, type, when, null, null, List.of(), annotations, MARK + description,
                accounts.isEmpty() ? List.of() : List.of(new Person(null, accounts, null, null)), List.of(), victims,
                List.of(), location);
    }
}
