package pk.hifazat.networks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import pk.hifazat.intake.Account;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.IpCapture;
import pk.hifazat.intake.IpEvent;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.Victim;

/** Tips for network tests, each naming identifiers no other test uses, and waiting for the graph to hold them. */
final class PlantedReports {

    private final Intake intake;
    private final Networks networks;

    PlantedReports(Intake intake, Networks networks) {
        this.intake = intake;
        this.networks = networks;
    }

    static String phone() {
        return "0300" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static String email(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
    }

    static String ip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    static Account phoneAccount(String phone) {
        return new Account(null, null, null, null, null, null, phone, null, null, null);
    }

    static Account emailAccount(String email) {
        return new Account(null, null, null, null, null, email, null, null, null, null);
    }

    static Account ipAccount(String ip) {
        return new Account(null, null, null, null, null, null, null,
                List.of(new IpCapture(ip, Instant.parse("2026-11-01T10:00:00Z"), IpEvent.LOGIN)), null, null);
    }

    /** Submits a tip about one person with these accounts and a child, in a district. */
    ReportId tip(String person, String district, Account... accounts) {
        ReportContent content = new ReportContent(null, null, null, null, null, null, null,
                "Network test " + UUID.randomUUID(), List.of(new Person(person, List.of(accounts), null, null)), null,
                List.of(new Victim(8, null, null, Gender.FEMALE, null, null)), null,
                new LocationHint("PK", district, null, null, null));
        return intake.submitTip(content, null).report();
    }

    /** Waits until each report's network is exactly its planted group. */
    void awaitNetworks(List<List<ReportId>> planted) {
        await(() -> planted.stream().allMatch(group -> group.stream()
                .allMatch(report -> Set.copyOf(networks.reportsInNetworkOf(report, 1_000)).equals(Set.copyOf(group)))));
    }

    /** The networks the graph holds for these reports, as sets. */
    Set<Set<ReportId>> networksOf(List<ReportId> reports) {
        Set<Set<ReportId>> found = new HashSet<>();
        for (ReportId report : reports) {
            found.add(Set.copyOf(new ArrayList<>(networks.reportsInNetworkOf(report, 1_000))));
        }
        return found;
    }

    static void await(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the graph did not get there within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
