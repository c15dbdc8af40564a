package pk.hifazat.identifiers.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Where money was paid: a bank account by its IBAN, or a mobile-wallet account, which is the phone
 * number it was opened with. An IBAN names its own bank, so it has no platform; a wallet account
 * is only a payment account with the wallet named ("jazzcash", not "jazz cash").
 */
public final class PaymentAccounts {

    private static final Set<String> MOBILE_WALLETS = Set.of("jazzcash", "easypaisa", "sadapay", "nayapay", "upaisa");

    private PaymentAccounts() {
    }

    /** @param platform the platform key, or null */
    public static Optional<NormalForm> normalise(String written, String platform) {
        if (written == null) {
            return Optional.empty();
        }
        Optional<String> iban = Ibans.normalise(written);
        if (iban.isPresent()) {
            return NormalForm.alone(iban);
        }
        String wallet = platform == null ? null : platform.replace(" ", "");
        if (wallet == null || !MOBILE_WALLETS.contains(wallet)) {
            return Optional.empty();
        }
        return NormalForm.on(wallet, PhoneNumbers.e164(written));
    }
}
