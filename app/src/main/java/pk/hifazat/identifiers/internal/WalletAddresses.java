package pk.hifazat.identifiers.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Cryptocurrency addresses, each checked as far as its form allows so that a mistyped address is
 * refused rather than stored as a wallet nobody owns. The chain is read from the address, not from
 * what a reporter called it. Ethereum's mixed-case checksum (EIP-55) is not checked: it needs
 * Keccak, and lower-casing loses nothing, the address being the hex.
 */
public final class WalletAddresses {

    static final String BITCOIN = "bitcoin";
    static final String ETHEREUM = "ethereum";

    private WalletAddresses() {
    }

    public static Optional<NormalForm> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String address = written.strip();
        if (address.length() == 42 && (address.startsWith("0x") || address.startsWith("0X"))) {
            return NormalForm.on(ETHEREUM, ethereum(address));
        }
        if (address.regionMatches(true, 0, "bc1", 0, 3)) {
            return NormalForm.on(BITCOIN, SegwitAddresses.normalise(address));
        }
        return NormalForm.on(BITCOIN, Base58CheckAddresses.normalise(address));
    }

    private static Optional<String> ethereum(String address) {
        for (int i = 2; i < address.length(); i++) {
            if (Character.digit(address.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(address.toLowerCase(Locale.ROOT));
    }
}
