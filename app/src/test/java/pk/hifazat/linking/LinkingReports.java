package pk.hifazat.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import pk.hifazat.intake.Account;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.IpCapture;
import pk.hifazat.intake.IpEvent;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.SampleReports;

/** Public tips for linking tests, each naming identifiers no other test uses, and waiting for them to be linked. */
final class LinkingReports {

    private final Intake intake;
    private final Clusters clusters;

    LinkingReports(Intake intake, Clusters clusters) {
        this.intake = intake;
        this.clusters = clusters;
    }

    /** A Pakistani mobile number, 0300 and seven digits, no other test uses. */
    static String phone() {
        return "0300" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /**
     * An IPv4 address no other test uses: one of 250 (as a public Wi-Fi's once was) met another test's
     * report in the database the whole run shares, now and then.
     */
    static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A file's MD5 no other test uses. */
    static String md5() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static Account account(String platform, String screenName) {
        return new Account(platform, null, screenName, null, null, null, null, null, null, null);
    }

    static Account phoneAccount(String phone) {
        return new Account(null, null, null, null, null, null, phone, null, null, null);
    }

    static Account ipAccount(String ip, Instant at) {
        return new Account(null, null, null, null, null, null, null, List.of(new IpCapture(ip, at, IpEvent.LOGIN)), null,
                null);
    }

    static MediaFile file(String md5) {
        return new MediaFile("photo.jpg", null, md5, null, null, null, null, null, null, null, null);
    }

    /**
     * An industry report on one line, naming this phone number and otherwise only identifiers and
     * files of its own (so that it is nobody's duplicate).
     */
    static String industryLine(String phone) {
        return SampleReports.line(SampleReports.externalId())
                .replace("0300 1234567", phone)
                .replace("@Bad_Actor_99", unique("@u"))
                .replace("Bad.Actor@Example.COM", unique("x") + "@example.org")
                .replace("17841400000000001", unique("1"))
                .replace("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::" + Integer.toHexString(
                        ThreadLocalRandom.current().nextInt(65_536)))
                .replace("D41D8CD98F00B204E9800998ECF8427E", md5())
                .replace("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", md5() + md5())
                .replace("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", md5() + md5());
    }

    static ReportContent tip(String description, List<Account> accounts, List<MediaFile> files) {
        return new ReportContent(null, null, null, null, null, null, null, description,
                List.of(new Person(null, accounts, null, null)), null, null, files, null);
    }

    /** Submits a tip and waits until it is linked. */
    ReportId linkedTip(String description, List<Account> accounts, List<MediaFile> files) {
        ReportId report = intake.submitTip(tip(description, accounts, files), null).report();
        awaitLinked(report);
        return report;
    }

    ReportId linkedTip(Account... accounts) {
        return linkedTip(unique("Tip "), List.of(accounts), List.of());
    }

    LinkedReport awaitLinked(ReportId report) {
        await(() -> clusters.linked(report).isPresent());
        return clusters.linked(report).orElseThrow();
    }

    /** Waits up to 30 s for linking, which listens after intake's commit, to have done something. */
    void await(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("linking did not get there within 30 s");
            }
            sleep();
        }
    }

    static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
