package pk.hifazat.identifiers.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bitcoin's segregated-witness addresses ("bc1…"): bech32 for witness version 0 (BIP 173), bech32m
 * for versions 1 to 16 such as Taproot (BIP 350). Their checksum finds any few mistyped characters.
 * Either case may be written but not both; the normal form is lower case.
 */
final class SegwitAddresses {

    private static final String PREFIX = "bc1";
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final int CHECKSUM_LENGTH = 6;

    private SegwitAddresses() {
    }

    static Optional<String> normalise(String written) {
        String address = written.toLowerCase(Locale.ROOT);
        if (written.length() > 90 || !address.equals(written) && !written.toUpperCase(Locale.ROOT).equals(written)) {
            return Optional.empty();
        }
        int length = address.length() - PREFIX.length();
        if (length < 1 + CHECKSUM_LENGTH) {
            return Optional.empty();
        }
        int[] data = new int[length];
        for (int i = 0; i < length; i++) {
            data[i] = CHARSET.indexOf(address.charAt(PREFIX.length() + i));
            if (data[i] < 0) {
                return Optional.empty();
            }
        }
        int version = data[0];
        int program = programLength(data);
        boolean valid = version <= 16 && program >= 2 && program <= 40
                && (version != 0 || program == 20 || program == 32)
                && checksum(data) == (version == 0 ? BECH32 : BECH32M);
        return valid ? Optional.of(address) : Optional.empty();
    }

    /** The witness program's length in bytes, from its 5-bit groups; -1 if their padding is not zero bits. */
    private static int programLength(int[] data) {
        int groups = data.length - 1 - CHECKSUM_LENGTH;
        int padding = groups * 5 % 8;
        if (padding >= 5 || (data[groups] & ((1 << padding) - 1)) != 0) {
            return -1;
        }
        return groups * 5 / 8;
    }

    private static int checksum(int[] data) {
        int check = 1;
        // The human-readable part "bc": its high bits, a zero, its low bits.
        for (char c : "bc".toCharArray()) {
            check = step(check, c >> 5);
        }
        check = step(check, 0);
        for (char c : "bc".toCharArray()) {
            check = step(check, c & 31);
        }
        for (int value : data) {
            check = step(check, value);
        }
        return check;
    }

    private static int step(int check, int value) {
        int top = check >>> 25;
        check = (check & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if ((top >>> i & 1) != 0) {
                check ^= GENERATOR[i];
            }
        }
        return check;
    }
}
