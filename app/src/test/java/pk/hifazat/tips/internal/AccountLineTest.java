package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pk.hifazat.intake.Account;

class AccountLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TikTok: @fictional.groomer | TikTok | @fictional.groomer",
            "snap - someone99 | snap | someone99",
            "Instagram – ali_99 | Instagram | ali_99",
            "ali_99 (Instagram) | Instagram | ali_99"})
    void aUsernameWithItsPlatformIsReadWhicheverWayItIsWritten(String line, String platform, String name) {
        Account account = AccountLine.of(line);
        assertThat(account.platform()).isEqualTo(platform);
        assertThat(account.screenName()).isEqualTo(name);
        assertThat(account.profileUrl()).isNull();
    }

    @Test
    void aUsernameAloneNamesNoPlatform() {
        Account account = AccountLine.of("@someone99");
        assertThat(account.platform()).isNull();
        assertThat(account.screenName()).isEqualTo("@someone99");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "facebook.com/some.profile | facebook | https://facebook.com/some.profile",
            "www.instagram.com/ali_99 | instagram | https://www.instagram.com/ali_99",
            "https://m.facebook.com/profile.php?id=1000 | facebook | https://m.facebook.com/profile.php?id=1000"})
    void theAddressOfAProfileBecomesAProfileAddressOnItsPlatformNotAUsername(String line, String platform, String url) {
        Account account = AccountLine.of(line);
        assertThat(account.profileUrl()).isEqualTo(url);
        assertThat(account.platform()).isEqualTo(platform);
        assertThat(account.screenName()).isNull();
    }
}
