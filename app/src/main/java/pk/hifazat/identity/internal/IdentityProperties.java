package pk.hifazat.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The identity module's settings. Their defaults are in {@code application.properties}, which maps
 * the environment variables the README documents onto these keys.
 *
 * @param signIn             how failed sign-ins slow further attempts
 * @param firstAdministrator the account made when there are no users at all
 * @param sessions           where signed-in sessions live ({@code HIFAZAT_SESSIONS}): {@code memory}, for one
 *                           instance; {@code database}, for several behind one address, so that a session
 *                           made on one works on every other ({@link SharedSessions})
 */
@ConfigurationProperties("hifazat.identity")
record IdentityProperties(SignInPolicy signIn, FirstAdministratorAccount firstAdministrator, SessionStore sessions) {

    IdentityProperties {
        if (signIn == null || firstAdministrator == null) {
            throw new IllegalArgumentException("hifazat.identity.sign-in and hifazat.identity.first-administrator must be set");
        }
        sessions = sessions == null ? SessionStore.MEMORY : sessions;
    }

    enum SessionStore { MEMORY, DATABASE }

    /**
     * Guessing passwords must be slow, and nobody may lock another person out (see {@link SignInThrottle}).
     *
     * @param maxFailures        failed sign-ins with one username from one client address before each
     *                           further attempt must wait, 1 s and doubling ({@code HIFAZAT_SIGNIN_MAXFAILURES})
     * @param lockFor            the longest wait; a quiet {@code lockFor} forgets every failure
     *                           ({@code HIFAZAT_SIGNIN_LOCKFOR})
     * @param addressMaxFailures the same for one client address over all usernames
     *                           ({@code HIFAZAT_SIGNIN_ADDRESS_MAXFAILURES}); many staff may share an address
     */
    record SignInPolicy(int maxFailures, Duration lockFor, int addressMaxFailures) {

        SignInPolicy {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("HIFAZAT_SIGNIN_MAXFAILURES (hifazat.identity.sign-in.max-failures) "
                        + "must be at least 1");
            }
            if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
                throw new IllegalArgumentException("HIFAZAT_SIGNIN_LOCKFOR (hifazat.identity.sign-in.lock-for) "
                        + "must be a positive duration such as 15m");
            }
            if (addressMaxFailures < maxFailures) {
                throw new IllegalArgumentException("HIFAZAT_SIGNIN_ADDRESS_MAXFAILURES "
                        + "(hifazat.identity.sign-in.address-max-failures) must be at least HIFAZAT_SIGNIN_MAXFAILURES");
            }
        }
    }

    /**
     * @param username the first administrator's username ({@code HIFAZAT_ADMIN_USERNAME})
     * @param password their password ({@code HIFAZAT_ADMIN_PASSWORD}); empty for a one-time password
     *                 printed once, which must be changed at the first sign-in
     */
    record FirstAdministratorAccount(String username, String password) {

        FirstAdministratorAccount {
            if (!StringUtils.hasText(username)) {
                throw new IllegalArgumentException("HIFAZAT_ADMIN_USERNAME (hifazat.identity.first-administrator.username) "
                        + "must not be empty");
            }
            username = username.strip();
            password = password == null ? "" : password;
        }

        boolean hasPassword() {
            return StringUtils.hasText(password);
        }

        /** Never the password: settings end up in logs and failure reports. */
        @Override
        public String toString() {
            return "FirstAdministratorAccount[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
        }
    }
}
