package pk.hifazat.intake.internal;

import java.util.Optional;

/** File hashes as lower-case hexadecimal of exactly the length their algorithm gives. */
enum HexHashes {
    MD5(32), SHA1(40), SHA256(64), PDQ(64);

    private final int digits;

    HexHashes(int digits) {
        this.digits = digits;
    }

    Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String hex = written.strip();
        if (hex.length() != digits) {
            return Optional.empty();
        }
        char[] lower = new char[digits];
        for (int i = 0; i < digits; i++) {
            char c = hex.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
                lower[i] = c;
            } else if (c >= 'A' && c <= 'F') {
                lower[i] = (char) (c + ('a' - 'A'));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new String(lower));
    }

    int digits() {
        return digits;
    }
}
