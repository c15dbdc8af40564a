package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierNormalisationTest {

    @ParameterizedTest
    @CsvSource({"0300 1234567, +923001234567", "+92 300 1234567, +923001234567", "0092-300-1234567, +923001234567",
            "066 2201234, +92662201234", "+1 202 555 0123, +12025550123"})
    void phoneNumbersBecomeE164ReadAsPakistaniWithoutACountryCode(String written, String e164) {
        assertThat(PhoneNumbers.e164(written)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12ab", "123", "not a number", "+92 300 12345678901234"})
    void somethingThatCannotBeAPhoneNumberIsRefused(String written) {
        assertThat(PhoneNumbers.e164(written)).isEmpty();
    }

    @Test
    void eMailAddressesAreTrimmedAndLowerCased() {
        assertThat(EmailAddresses.normalise("  Bad.Actor+x@Example.COM ")).contains("bad.actor+x@example.com");
        assertThat(EmailAddresses.normalise("نام@مثال.پاکستان")).contains("نام@مثال.پاکستان");
        assertThat(EmailAddresses.normalise("no at sign")).isEmpty();
        assertThat(EmailAddresses.normalise("a@b")).isEmpty();
        assertThat(EmailAddresses.normalise("a..b@example.com")).isEmpty();
    }

    @Test
    void usernamesLoseTheirAtSignsAndAreLowerCasedOnlyWhereThePlatformIgnoresCase() {
        Usernames usernames = new Usernames(Set.of("instagram", "x"));
        assertThat(usernames.platform(" Instagram ")).isEqualTo("instagram");
        assertThat(usernames.platform("Twitter")).isEqualTo("x");
        assertThat(usernames.username("instagram", " @@Bad_Actor ")).contains("bad_actor");
        assertThat(usernames.username("somechat", "@Bad_Actor")).contains("Bad_Actor");
        assertThat(usernames.username(null, "Bad_Actor")).contains("Bad_Actor");
        assertThat(usernames.username("instagram", "@")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"HTTPS://Instagram.COM/Bad_Actor, https://instagram.com/Bad_Actor",
            "instagram.com/bad, https://instagram.com/bad",
            "http://example.org:80/a?b=c#d, http://example.org/a?b=c#d",
            "https://example.org:8443, https://example.org:8443/"})
    void webAddressesGetALowerCaseSchemeAndHostAndNoDefaultPort(String written, String normal) {
        assertThat(WebAddresses.normalise(written)).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "javascript:alert(1)", "not a url", "https://localhost/", "http://"})
    void onlyWebAddressesWithAHostAreAccepted(String written) {
        assertThat(WebAddresses.normalise(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"192.168.1.20, 192.168.1.20", "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "[2001:db8:0:0:1:0:0:1], 2001:db8::1:0:0:1", "::ffff:10.0.0.1, 10.0.0.1", "0:0:0:0:0:0:0:0, ::",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1"})
    void ipAddressesAreWrittenTheCanonicalWay(String written, String normal) {
        assertThat(IpAddresses.normalise(written)).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"300.1.1.1", "1.2.3", "01.2.3.4", "example.org", "fe80::1%eth0", "1:2:3"})
    void somethingThatIsNotAnIpLiteralIsRefused(String written) {
        assertThat(IpAddresses.normalise(written)).isEmpty();
    }

    @Test
    void hashesAreLowerCaseHexOfTheirAlgorithmsLength() {
        assertThat(HexHashes.MD5.normalise("D41D8CD98F00B204E9800998ECF8427E")).contains("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(HexHashes.MD5.normalise("d41d8cd98f00b204e9800998ecf8427")).isEmpty();
        assertThat(HexHashes.SHA1.normalise("da39a3ee5e6b4b0d3255bfef95601890afd80709")).isPresent();
        assertThat(HexHashes.SHA256.normalise("z".repeat(64))).isEmpty();
    }

    @Test
    void idsAreTimeOrdered() throws InterruptedException {
        var first = TimeOrderedIds.next();
        Thread.sleep(2);
        var second = TimeOrderedIds.next();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString().compareTo(second.toString())).isNegative();
    }
}
