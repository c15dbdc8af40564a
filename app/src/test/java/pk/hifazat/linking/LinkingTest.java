package pk.hifazat.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.hifazat.linking.LinkingReports.account;
import static pk.hifazat.linking.LinkingReports.file;
import static pk.hifazat.linking.LinkingReports.ipAccount;
import static pk.hifazat.linking.LinkingReports.md5;
import static pk.hifazat.linking.LinkingReports.phoneAccount;
import static pk.hifazat.linking.LinkingReports.unique;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;

/** Reports that name the same person join one cluster; reports that only look alike do not. */
@HifazatTest
class LinkingTest {

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    LinkingReports reports;

    @BeforeEach
    void reports() {
        reports = new LinkingReports(intake, clusters);
    }

    @Test
    void everyWayOfWritingAPhoneNumberLinksTheReports() {
        String phone = LinkingReports.phone();
        String national = phone.substring(1);
        ReportId dashed = reports.linkedTip(phoneAccount(phone.substring(0, 4) + "-" + phone.substring(4)));
        ReportId international = reports.linkedTip(phoneAccount("+92 " + national.substring(0, 3) + " " + national.substring(3)));
        ReportId bare = reports.linkedTip(phoneAccount("92" + national));
        ReportId urdu = reports.linkedTip(phoneAccount(urduDigits(phone)));

        ClusterId cluster = clusters.clusterOf(dashed).orElseThrow();
        assertThat(List.of(international, bare, urdu)).allSatisfy(r -> assertThat(clusters.clusterOf(r)).contains(cluster));
        assertThat(clusters.size(cluster)).isEqualTo(4);
        assertThat(clusters.reportsIn(cluster, 10)).containsExactly(dashed, international, bare, urdu);
        assertThat(clusters.sharedBy(urdu, 10)).singleElement().satisfies(shared -> {
            assertThat(shared.kind()).isEqualTo("PHONE");
            assertThat(shared.value()).isEqualTo("+92" + national);
            assertThat(shared.strength()).isEqualTo(LinkStrength.STRONG);
            assertThat(shared.otherReports()).containsExactly(bare, international, dashed);
            assertThat(shared.otherCount()).isEqualTo(3);
        });
    }

    @Test
    void aReportNamingWhatAnAbsorbedClusterNamedJoinsTheClusterItWasMergedInto() {
        String first = LinkingReports.phone();
        String second = LinkingReports.phone();
        String onlyInTheSmaller = LinkingReports.phone();
        // Each with a number of its own, or it would repeat an earlier report and join it as a duplicate.
        ReportId smaller = reports.linkedTip(phoneAccount(first), phoneAccount(onlyInTheSmaller));
        reports.linkedTip(phoneAccount(onlyInTheSmaller), phoneAccount(LinkingReports.phone()));
        ReportId larger = reports.linkedTip(phoneAccount(second));
        reports.linkedTip(phoneAccount(second), phoneAccount(LinkingReports.phone()));
        reports.linkedTip(phoneAccount(second), phoneAccount(LinkingReports.phone()));
        ClusterId into = clusters.clusterOf(larger).orElseThrow();
        assertThat(clusters.clusterOf(smaller)).isNotEqualTo(Optional.of(into));

        ReportId bridge = reports.linkedTip(phoneAccount(first), phoneAccount(second));
        assertThat(List.of(smaller, bridge)).allSatisfy(r -> assertThat(clusters.clusterOf(r)).contains(into));

        ReportId later = reports.linkedTip(phoneAccount(onlyInTheSmaller), phoneAccount(LinkingReports.phone()));
        assertThat(clusters.clusterOf(later)).contains(into);
        assertThat(clusters.size(into)).isEqualTo(7);
    }

    @Test
    void aNewClusterIsNamedInTheOrderOfTimeSoThatItsRowsLandAtTheEndOfTheIndexesOnIt() throws InterruptedException {
        ReportId first = reports.linkedTip(unique("C "), List.of(phoneAccount(LinkingReports.phone())), List.of());
        Thread.sleep(2);
        ReportId second = reports.linkedTip(unique("D "), List.of(phoneAccount(LinkingReports.phone())), List.of());
        ClusterId earlier = clusters.clusterOf(first).orElseThrow();
        ClusterId later = clusters.clusterOf(second).orElseThrow();

        assertThat(later.value().version()).isEqualTo(7);
        assertThat(later.value().toString()).isGreaterThan(earlier.value().toString());
    }

    @Test
    void aSharedFileLinksReportsThatShareNothingElse() {
        String hash = md5();
        ReportId first = reports.linkedTip(unique("A "), List.of(phoneAccount(LinkingReports.phone())), List.of(file(hash)));
        ReportId second = reports.linkedTip(unique("B "), List.of(phoneAccount(LinkingReports.phone())),
                List.of(file(hash.toUpperCase())));

        assertThat(clusters.clusterOf(second)).isEqualTo(clusters.clusterOf(first));
    }

    @Test
    void anIpAddressAloneIsShownWithItsTimesButDoesNotMerge() {
        String ip = LinkingReports.address();
        Instant seen = Instant.parse("2026-11-02T18:30:00Z");
        ReportId first = reports.linkedTip(ipAccount(ip, seen), phoneAccount(LinkingReports.phone()));
        ReportId second = reports.linkedTip(ipAccount(ip, seen.plusSeconds(3600)), phoneAccount(LinkingReports.phone()));

        assertThat(clusters.clusterOf(second)).isNotEqualTo(clusters.clusterOf(first));
        assertThat(clusters.sharedBy(second, 10)).filteredOn(s -> s.kind().equals("IP")).singleElement()
                .satisfies(shared -> {
                    assertThat(shared.strength()).isEqualTo(LinkStrength.WEAK);
                    assertThat(shared.otherReports()).containsExactly(first);
                    assertThat(shared.seenAt()).containsExactly(seen.plusSeconds(3600));
                });
    }

    @Test
    void namesWhatEachReportOfABatchIsKeyedOnWithItsStrengthAsSharedByDoes() {
        String ip = LinkingReports.address();
        Instant seen = Instant.parse("2026-11-02T18:30:00Z");
        String phone = LinkingReports.phone();
        ReportId first = reports.linkedTip(ipAccount(ip, seen), phoneAccount(phone));
        ReportId second = reports.linkedTip(ipAccount(ip, seen.plusSeconds(60)), phoneAccount(phone));

        var named = clusters.namedBy(List.of(first, second));

        assertThat(named.get(second)).extracting(SharedIdentifier::kind).containsExactlyInAnyOrder("IP", "PHONE");
        assertThat(named.get(second)).filteredOn(s -> s.kind().equals("IP")).singleElement().satisfies(shared -> {
            assertThat(shared.strength()).isEqualTo(LinkStrength.WEAK);
            assertThat(shared.otherCount()).isEqualTo(1);
            assertThat(shared.seenAt()).containsExactly(seen.plusSeconds(60));
        });
        assertThat(named.get(first)).filteredOn(s -> s.kind().equals("PHONE")).singleElement()
                .satisfies(shared -> assertThat(shared.strength()).isEqualTo(LinkStrength.STRONG));
        for (ReportId report : List.of(first, second)) {
            assertThat(named.get(report)).extracting(SharedIdentifier::kind, SharedIdentifier::value, SharedIdentifier::strength)
                    .containsExactlyInAnyOrderElementsOf(clusters.sharedBy(report, 1).stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.kind(), s.value(), s.strength())).toList());
        }
    }

    @Test
    void theSameHandleOnAnotherPlatformIsAWeakLink() {
        String handle = unique("ShadowGift_");
        ReportId instagram = reports.linkedTip(account("Instagram", "@" + handle.toUpperCase()));
        ReportId forum = reports.linkedTip(account("some forum", handle));
        ReportId nowhere = reports.linkedTip(account(null, handle.toLowerCase()));

        assertThat(List.of(clusters.clusterOf(instagram), clusters.clusterOf(forum), clusters.clusterOf(nowhere)))
                .doesNotHaveDuplicates();
        assertThat(clusters.sharedBy(forum, 10)).filteredOn(s -> s.kind().equals(SharedIdentifier.HANDLE))
                .singleElement().satisfies(shared -> {
                    assertThat(shared.value()).isEqualTo(handle.toLowerCase());
                    assertThat(shared.strength()).isEqualTo(LinkStrength.WEAK);
                    assertThat(shared.otherReports()).containsExactly(nowhere, instagram);
                    assertThat(shared.otherCount()).isEqualTo(2);
                });
    }

    /**
     * The seed's decoy: reports from Lahore share a public Wi-Fi address with one report of the
     * Muzaffargarh group (at other times) and nothing else; the group stays as it is.
     */
    @Test
    void reportsSharingOnlyAPublicWifiAddressAreNotMergedIntoTheGroup() {
        String wifi = LinkingReports.address();
        String suspect = LinkingReports.phone();
        ReportId muzaffargarh = reports.linkedTip("مظفر گڑھ میں بچوں کو گیمز کا لالچ", List.of(phoneAccount(suspect),
                ipAccount(wifi, Instant.parse("2026-11-20T09:00:00Z"))), List.of());
        ReportId alsoMuzaffargarh = reports.linkedTip("Muzaffargarh, the same man", List.of(phoneAccount(suspect)), List.of());
        String lahore = LinkingReports.phone();
        List<ReportId> decoys = List.of(
                reports.linkedTip("Lahore, Liberty market café", List.of(phoneAccount(lahore),
                        ipAccount(wifi, Instant.parse("2026-11-21T15:00:00Z"))), List.of()),
                reports.linkedTip("Lahore again", List.of(phoneAccount(lahore),
                        ipAccount(wifi, Instant.parse("2026-11-22T16:00:00Z"))), List.of()));

        ClusterId group = clusters.clusterOf(muzaffargarh).orElseThrow();
        assertThat(clusters.clusterOf(alsoMuzaffargarh)).contains(group);
        assertThat(clusters.size(group)).isEqualTo(2);
        assertThat(decoys).allSatisfy(decoy -> assertThat(clusters.clusterOf(decoy)).isNotEqualTo(Optional.of(group)));
        assertThat(clusters.clusterOf(decoys.get(1))).isEqualTo(clusters.clusterOf(decoys.get(0)));
        assertThat(clusters.sharedBy(muzaffargarh, 10)).filteredOn(s -> s.kind().equals("IP")).singleElement()
                .satisfies(s -> {
                    assertThat(s.strength()).isEqualTo(LinkStrength.WEAK);
                    assertThat(s.otherReports()).containsExactlyInAnyOrderElementsOf(decoys);
                });
    }

    private static String urduDigits(String digits) {
        StringBuilder urdu = new StringBuilder();
        digits.chars().forEach(c -> urdu.append((char) ('\u06F0' + (c - '0'))));
        return urdu.toString();
    }
}
