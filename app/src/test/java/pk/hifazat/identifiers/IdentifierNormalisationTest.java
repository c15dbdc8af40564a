package pk.hifazat.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static pk.hifazat.identifiers.IdentifierKind.DEVICE_ID;
import static pk.hifazat.identifiers.IdentifierKind.EMAIL;
import static pk.hifazat.identifiers.IdentifierKind.IP;
import static pk.hifazat.identifiers.IdentifierKind.PAYMENT_ACCOUNT;
import static pk.hifazat.identifiers.IdentifierKind.PHONE;
import static pk.hifazat.identifiers.IdentifierKind.PROFILE_URL;
import static pk.hifazat.identifiers.IdentifierKind.USERNAME;
import static pk.hifazat.identifiers.IdentifierKind.USER_ID;
import static pk.hifazat.identifiers.IdentifierKind.WALLET;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Every rule of the one normaliser: what it makes of what people write, and what it refuses. */
class IdentifierNormalisationTest {

    private final IdentifierNormaliser normaliser = new IdentifierNormaliser(IdentifiersProperties.defaults());

    private Optional<String> value(IdentifierKind kind, String written) {
        return normaliser.normalise(kind, written, null).map(Identifier::value);
    }

    @Nested
    class Phones {

        @ParameterizedTest
        @CsvSource({"0300 1234567, +923001234567", "+92 300 1234567, +923001234567", "0092-300-1234567, +923001234567",
                "066 2201234, +92662201234", "+1 202 555 0123, +12025550123"})
        void phoneNumbersBecomeE164ReadAsPakistaniWithoutACountryCode(String written, String e164) {
            assertThat(normaliser.phone(written).map(Identifier::value)).contains(e164);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12ab", "123", "not a number", "+92 300 12345678901234", "12345", "1234567", "+92 12345"})
        void somethingThatCannotBeAPhoneNumberIsRefused(String written) {
            assertThat(normaliser.phone(written)).isEmpty();
        }

        @Test
        void aPhoneNumberNamesNoPlatformEvenWhenOneIsGiven() {
            assertThat(normaliser.normalise(PHONE, "0300 1234567", "WhatsApp").orElseThrow().platform()).isNull();
        }
    }

    @Test
    void eMailAddressesAreTrimmedAndLowerCased() {
        assertThat(normaliser.email("  Bad.Actor+x@Example.COM ").map(Identifier::value)).contains("bad.actor+x@example.com");
        assertThat(value(EMAIL, "نام@مثال.پاکستان")).contains("نام@مثال.پاکستان");
        assertThat(value(EMAIL, "no at sign")).isEmpty();
        assertThat(value(EMAIL, "a@b")).isEmpty();
        assertThat(value(EMAIL, "a..b@example.com")).isEmpty();
    }

    @Nested
    class Usernames {

        private final IdentifierNormaliser normaliser = new IdentifierNormaliser(new IdentifiersProperties(Set.of("instagram", "x")));

        private Optional<Identifier> username(String written, String platform) {
            return normaliser.normalise(USERNAME, written, platform);
        }

        @Test
        void platformsAreKeyedInLowerCaseWithTheirCommonShortNamesExpanded() {
            assertThat(normaliser.platform(" Instagram ")).isEqualTo("instagram");
            assertThat(normaliser.platform("Twitter")).isEqualTo("x");
            assertThat(normaliser.platform("IG")).isEqualTo("instagram");
            assertThat(normaliser.platform("Bigo   Live")).isEqualTo("bigo live");
            assertThat(normaliser.platform(" ")).isNull();
        }

        @Test
        void atAli99AndAli99OnInstagramAreOneUserAndLink() {
            assertThat(username("@Ali_99", "Instagram")).isEqualTo(username("ali_99", "instagram"));
            assertThat(username(" @@Ali_99 ", "IG").orElseThrow().value()).isEqualTo("ali_99");
        }

        @Test
        void aUsernameKeepsItsCaseOnAPlatformNotKnownToIgnoreIt() {
            assertThat(username("@Bad_Actor", "somechat").orElseThrow().value()).isEqualTo("Bad_Actor");
            assertThat(username("Bad_Actor", "somechat")).isNotEqualTo(username("bad_actor", "somechat"));
            assertThat(username("Bad_Actor", null).orElseThrow()).satisfies(identifier -> {
                assertThat(identifier.value()).isEqualTo("Bad_Actor");
                assertThat(identifier.platform()).isNull();
            });
        }

        @Test
        void theSameUsernameOnTwoPlatformsIsTwoIdentifiers() {
            assertThat(username("ali_99", "instagram")).isNotEqualTo(username("ali_99", "x"));
        }

        @Test
        void aUsernameOfOnlyAtSignsIsRefused() {
            assertThat(username("@", "instagram")).isEmpty();
            assertThat(username(" ＠ ", null)).isEmpty();
        }

        @Test
        void theDefaultsIgnoreCaseOnTheLargePlatforms() {
            IdentifierNormaliser defaults = IdentifierNormalisationTest.this.normaliser;
            assertThat(defaults.normalise(USERNAME, "Ali_99", "TikTok").orElseThrow().value()).isEqualTo("ali_99");
            assertThat(defaults.normalise(USERNAME, "Ali_99", "Bigo Live").orElseThrow().value()).isEqualTo("ali_99");
        }
    }

    @Test
    void userAndDeviceIdsAreTrimmedAndKeepTheirCaseOnTheirPlatform() {
        Identifier userId = normaliser.normalise(USER_ID, " 1784Ab ", "Facebook").orElseThrow();
        assertThat(userId.value()).isEqualTo("1784Ab");
        assertThat(userId.platform()).isEqualTo("facebook");
        assertThat(normaliser.normalise(DEVICE_ID, " IMEI-35 ", null).orElseThrow().value()).isEqualTo("IMEI-35");
        assertThat(normaliser.normalise(USER_ID, "  ", "facebook")).isEmpty();
    }

    @Nested
    class DirectionControls {

        /** Every Unicode control that reorders the text around it (bidi embeddings, overrides, isolates, marks). */
        @ParameterizedTest
        @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200E", "\u200F", "\u061C"})
        void anIdentifierWithADirectionControlIsRefusedWhateverItsKind(String control) {
            List<String> written = List.of("ali" + control + "99", "https://example.com/a" + control + "b",
                    "a" + control + "b@example.com", "0300" + control + "1234567", "203.0.113.7" + control,
                    "PK36SCBL0000001123456702" + control);
            for (IdentifierKind kind : IdentifierKind.values()) {
                for (String value : written) {
                    assertThat(normaliser.normalise(kind, value, "instagram")).as(kind + " " + value).isEmpty();
                }
            }
            assertThat(normaliser.directionControl("@ali" + control + "99")).hasValue(control.codePointAt(0));
        }

        @Test
        void theSameIdentifierWithoutTheControlIsAccepted() {
            assertThat(normaliser.normalise(USERNAME, "ali99", "instagram")).isPresent();
            assertThat(normaliser.directionControl("ali99")).isEmpty();
        }

        @Test
        void joinersThatUrduWritingNeedsAreNoDirectionControls() {
            assertThat(normaliser.directionControl("علی\u200Cخان")).isEmpty();
            assertThat(value(USER_ID, "علی\u200Cخان")).contains("علی\u200Cخان");
        }

        @Test
        void aPlatformLosesItsDirectionControls() {
            assertThat(normaliser.platform("Insta\u202Egram")).isEqualTo("instagram");
        }
    }

    @Nested
    class WebAddresses {

        @ParameterizedTest
        @CsvSource({"HTTPS://Instagram.COM/Bad_Actor, https://instagram.com/Bad_Actor",
                "instagram.com/bad, https://instagram.com/bad",
                "http://example.org:80/a?b=c#d, http://example.org/a?b=c#d",
                "https://example.org:8443, https://example.org:8443/"})
        void webAddressesGetALowerCaseSchemeAndHostAndNoDefaultPort(String written, String normal) {
            assertThat(value(PROFILE_URL, written)).contains(normal);
            assertThat(normaliser.webAddress(written)).contains(normal);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.org/x", "javascript:alert(1)", "not a url", "https://localhost/", "http://"})
        void onlyWebAddressesWithAHostAreAccepted(String written) {
            assertThat(value(PROFILE_URL, written)).isEmpty();
        }
    }

    @Nested
    class IpAddresses {

        @ParameterizedTest
        @CsvSource({"192.168.1.20, 192.168.1.20", "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
                "[2001:db8:0:0:1:0:0:1], 2001:db8::1:0:0:1", "::ffff:10.0.0.1, 10.0.0.1", "0:0:0:0:0:0:0:0, ::",
                "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1"})
        void ipAddressesAreWrittenTheCanonicalWay(String written, String normal) {
            assertThat(value(IP, written)).contains(normal);
        }

        @ParameterizedTest
        @ValueSource(strings = {"300.1.1.1", "1.2.3", "01.2.3.4", "example.org", "fe80::1%eth0", "1:2:3"})
        void somethingThatIsNotAnIpLiteralIsRefused(String written) {
            assertThat(value(IP, written)).isEmpty();
        }
    }

    @Nested
    class Wallets {

        @ParameterizedTest
        @CsvSource({"' 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ', 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
                "BC1SW50QGDZ25J, bc1sw50qgdz25j"})
        void bitcoinAddressesWithAValidChecksumAreKeptOnTheBitcoinChain(String written, String normal) {
            Identifier wallet = normaliser.normalise(WALLET, written, null).orElseThrow();
            assertThat(wallet.value()).isEqualTo(normal);
            assertThat(wallet.platform()).isEqualTo("bitcoin");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", // one character mistyped
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a", // 0 is not base58
                "11111111111111111111111111111111", // only zeros
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", // one character mistyped
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", // witness version 0 with a bech32m checksum
                "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kqqqqqqqqqqqqqqqqqqqquqj357", // version 1 with a bech32 checksum
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kqq7e2cw9", // version 0 with a 21-byte program
                "Bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", // mixed case
                "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", // test network
                "0x52908400098527886E0F7030069857D2E4169EE", // 39 hex digits
                "0x52908400098527886E0F7030069857D2E4169EEG"})
        void anAddressThatFailsItsChecksumOrFormIsRefused(String written) {
            assertThat(normaliser.normalise(WALLET, written, null)).isEmpty();
        }

        @Test
        void ethereumAddressesAreLowerCasedOnTheEthereumChainWhateverThePlatformGiven() {
            Identifier wallet = normaliser.normalise(WALLET, "0x52908400098527886E0F7030069857D2E4169EE7", "BSC").orElseThrow();
            assertThat(wallet.value()).isEqualTo("0x52908400098527886e0f7030069857d2e4169ee7");
            assertThat(wallet.platform()).isEqualTo("ethereum");
            assertThat(normaliser.normalise(WALLET, "0X52908400098527886e0f7030069857d2e4169ee7", null)).contains(wallet);
        }
    }

    @Nested
    class PaymentAccounts {

        @Test
        void anIbanLosesItsSpacesAndIsUpperCasedWithNoPlatform() {
            Identifier iban = normaliser.normalise(PAYMENT_ACCOUNT, " pk36 scbl 0000 0011 2345 6702 ", "Meezan Bank").orElseThrow();
            assertThat(iban.value()).isEqualTo("PK36SCBL0000001123456702");
            assertThat(iban.platform()).isNull();
            assertThat(value(PAYMENT_ACCOUNT, "GB82 WEST 1234 5698 7654 32")).contains("GB82WEST12345698765432");
        }

        @ParameterizedTest
        @ValueSource(strings = {"GB82 WEST 1234 5698 7654 23", "PK36SCBL0000001123456703", "PK36", "1234567890123456"})
        void anIbanThatFailsItsCheckDigitsIsRefused(String written) {
            assertThat(value(PAYMENT_ACCOUNT, written)).isEmpty();
        }

        @Test
        void aMobileWalletAccountIsItsPhoneNumberOnTheWallet() {
            Identifier jazzCash = normaliser.normalise(PAYMENT_ACCOUNT, "0300 1234567", "Jazz Cash").orElseThrow();
            assertThat(jazzCash.value()).isEqualTo("+923001234567");
            assertThat(jazzCash.platform()).isEqualTo("jazzcash");
            assertThat(normaliser.normalise(PAYMENT_ACCOUNT, "+92 345 7654321", "Easypaisa").orElseThrow().platform())
                    .isEqualTo("easypaisa");
        }

        @Test
        void aPhoneNumberIsNoPaymentAccountWithoutAMobileWalletNamed() {
            assertThat(normaliser.normalise(PAYMENT_ACCOUNT, "0300 1234567", null)).isEmpty();
            assertThat(normaliser.normalise(PAYMENT_ACCOUNT, "0300 1234567", "Meezan Bank")).isEmpty();
        }
    }

    @Nested
    class FileHashes {

        @Test
        void hashesAreLowerCaseHexOfTheirAlgorithmsLength() {
            assertThat(FileHash.of(HashAlgorithm.MD5, " D41D8CD98F00B204E9800998ECF8427E "))
                    .contains(new FileHash(HashAlgorithm.MD5, "d41d8cd98f00b204e9800998ecf8427e"));
            assertThat(FileHash.of(HashAlgorithm.MD5, "d41d8cd98f00b204e9800998ecf8427")).isEmpty();
            assertThat(FileHash.of(HashAlgorithm.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")).isPresent();
            assertThat(FileHash.of(HashAlgorithm.SHA256, "z".repeat(64))).isEmpty();
            assertThat(FileHash.of(HashAlgorithm.PDQ, "F".repeat(64)).orElseThrow().hex()).isEqualTo("f".repeat(64));
            assertThat(FileHash.of(HashAlgorithm.SHA1, null)).isEmpty();
        }

        @Test
        void aHashThatIsNotAlreadyNormalCannotBeMadeDirectly() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FileHash(HashAlgorithm.MD5, "D41D8CD98F00B204E9800998ECF8427E"));
            assertThatIllegalArgumentException().isThrownBy(() -> new FileHash(HashAlgorithm.SHA256, "ab"));
        }
    }

    @Nested
    class StoredIdentifiers {

        @Test
        void anIdentifierReadBackFromStorageEqualsTheOneWritten() {
            Identifier written = normaliser.normalise(USERNAME, "@Ali_99", "Instagram").orElseThrow();
            assertThat(normaliser.stored(USERNAME, "ali_99", "instagram")).isEqualTo(written);
            assertThat(normaliser.stored(PHONE, "+923001234567", null)).isEqualTo(normaliser.phone("0300 1234567").orElseThrow());
            assertThat(normaliser.stored(PAYMENT_ACCOUNT, "+923001234567", "jazzcash").platform()).isEqualTo("jazzcash");
        }

        @Test
        void aStoredValueNotInItsNormalFormIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> normaliser.stored(PHONE, "0300 1234567", null));
            assertThatIllegalArgumentException().isThrownBy(() -> normaliser.stored(USERNAME, "Ali_99", "instagram"));
            assertThatIllegalArgumentException().isThrownBy(() -> normaliser.stored(EMAIL, "not an address", null));
        }

        @Test
        void aStoredPlatformNotInItsNormalFormIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> normaliser.stored(USERNAME, "ali_99", "Instagram"));
            assertThatIllegalArgumentException().isThrownBy(() -> normaliser.stored(PHONE, "+923001234567", "whatsapp"));
            assertThatIllegalArgumentException().isThrownBy(
                    () -> normaliser.stored(WALLET, "0x52908400098527886e0f7030069857d2e4169ee7", "bitcoin"));
        }
    }

    @Nested
    class Settings {

        private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Normalisation.class);

        @Test
        void withNothingConfiguredUsernamesOnTheLargePlatformsIgnoreCase() {
            context.run(spring -> assertThat(spring.getBean(IdentifierNormaliser.class)
                    .normalise(USERNAME, "Ali_99", "instagram").orElseThrow().value()).isEqualTo("ali_99"));
        }

        @Test
        void theCaseInsensitivePlatformsCanBeConfigured() {
            context.withPropertyValues("hifazat.identifiers.case-insensitive-platforms=somechat").run(spring -> {
                IdentifierNormaliser configured = spring.getBean(IdentifierNormaliser.class);
                assertThat(configured.normalise(USERNAME, "Ali_99", "SomeChat").orElseThrow().value()).isEqualTo("ali_99");
                assertThat(configured.normalise(USERNAME, "Ali_99", "instagram").orElseThrow().value()).isEqualTo("Ali_99");
            });
        }

        @Test
        void aBlankPlatformIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new IdentifiersProperties(Set.of(" ")))
                    .withMessageContaining("hifazat.identifiers.case-insensitive-platforms");
        }

        @Configuration
        @EnableConfigurationProperties(IdentifiersProperties.class)
        @Import(IdentifierNormaliser.class)
        static class Normalisation {
        }
    }
}
