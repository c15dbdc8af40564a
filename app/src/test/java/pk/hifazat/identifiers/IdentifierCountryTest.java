package pk.hifazat.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierCountryTest {

    @Test
    void aPhoneNumberPointsToTheCountryOfItsCallingCodeAndArea() {
        assertThat(IdentifierCountry.of(IdentifierKind.PHONE, "+923001234567")).contains("PK");
        assertThat(IdentifierCountry.of(IdentifierKind.PHONE, "+4930123456")).contains("DE");
        assertThat(IdentifierCountry.of(IdentifierKind.PHONE, "+442071234567")).contains("GB");
        assertThat(IdentifierCountry.of(IdentifierKind.PHONE, "+12125550123")).contains("US");
        assertThat(IdentifierCountry.of(IdentifierKind.PHONE, "+14165550123")).contains("CA");
    }

    @Test
    void anEmailAddressPointsToACountryOnlyThroughACountryDomain() {
        assertThat(IdentifierCountry.of(IdentifierKind.EMAIL, "someone@web.de")).contains("DE");
        assertThat(IdentifierCountry.of(IdentifierKind.EMAIL, "someone@example.co.uk")).contains("GB");
        assertThat(IdentifierCountry.of(IdentifierKind.EMAIL, "someone@gmail.com")).isEmpty();
        assertThat(IdentifierCountry.of(IdentifierKind.EMAIL, "someone@startup.io")).isEmpty();
        assertThat(IdentifierCountry.of(IdentifierKind.EMAIL, "someone@studio.tv")).isEmpty();
    }

    @Test
    void otherIdentifiersPointNowhere() {
        assertThat(IdentifierCountry.of(IdentifierKind.USERNAME, "shadowgift_77.de")).isEmpty();
    }
}
