package pk.hifazat.identifiers.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bitcoin's original addresses: base58 of a version byte (0 pay-to-public-key-hash, starting "1";
 * 5 pay-to-script-hash, starting "3"), a 20-byte hash and a checksum of four bytes of double
 * SHA-256. Base58 is case-sensitive, so the address stays as written.
 */
final class Base58CheckAddresses {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int LENGTH = 25;
    private static final int PAY_TO_PUBLIC_KEY_HASH = 0;
    private static final int PAY_TO_SCRIPT_HASH = 5;

    private Base58CheckAddresses() {
    }

    static Optional<String> normalise(String address) {
        if (address.length() < 26 || address.length() > 35) {
            return Optional.empty();
        }
        byte[] bytes = decode(address);
        if (bytes == null || bytes[0] != PAY_TO_PUBLIC_KEY_HASH && bytes[0] != PAY_TO_SCRIPT_HASH) {
            return Optional.empty();
        }
        byte[] checksum = doubleSha256(Arrays.copyOf(bytes, LENGTH - 4));
        return Arrays.equals(bytes, LENGTH - 4, LENGTH, checksum, 0, 4) ? Optional.of(address) : Optional.empty();
    }

    /** The 25 bytes the address encodes; null if it is not base58 or encodes another length. */
    private static byte[] decode(String address) {
        byte[] bytes = new byte[LENGTH];
        for (int i = 0; i < address.length(); i++) {
            int carry = ALPHABET.indexOf(address.charAt(i));
            if (carry < 0) {
                return null;
            }
            for (int j = LENGTH - 1; j >= 0; j--) {
                carry += 58 * (bytes[j] & 0xff);
                bytes[j] = (byte) carry;
                carry >>>= 8;
            }
            if (carry != 0) {
                return null;
            }
        }
        int leadingOnes = 0;
        while (leadingOnes < address.length() && address.charAt(leadingOnes) == '1') {
            leadingOnes++;
        }
        int leadingZeros = 0;
        while (leadingZeros < LENGTH && bytes[leadingZeros] == 0) {
            leadingZeros++;
        }
        // Base58 writes each leading zero byte as a "1"; any other count means another length.
        return leadingOnes == leadingZeros ? bytes : null;
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return sha256.digest(sha256.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
