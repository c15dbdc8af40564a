package pk.hifazat.identity.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password rules and hashing, in one place. */
@Component
class Passwords {

    static final int MINIMUM_LENGTH = 12;

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    static boolean isStrongEnough(String password) {
        return password != null && password.length() >= MINIMUM_LENGTH && !password.isBlank();
    }
}
