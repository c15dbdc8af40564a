package pk.hifazat.identity.internal;

import java.security.SecureRandom;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password rules and hashing, in one place. */
@Component
class Passwords {

    static final int MINIMUM_LENGTH = 12;

    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
    private static final int ONE_TIME_LENGTH = 16;

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** A password for one sign-in, after which its holder must choose their own; no look-alike characters. */
    String oneTime() {
        var chars = new StringBuilder();
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            chars.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return chars.toString();
    }

    static boolean isStrongEnough(String password) {
        return password != null && password.length() >= MINIMUM_LENGTH && !password.isBlank();
    }
}
