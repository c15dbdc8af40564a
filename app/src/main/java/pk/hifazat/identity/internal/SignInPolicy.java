package pk.hifazat.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out after repeated failed sign-ins: guessing passwords must be slow even from many addresses.
 *
 * @param maxFailures failed attempts in a row that lock an account
 * @param lockFor     how long it stays locked
 */
@ConfigurationProperties("hifazat.sign-in")
record SignInPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
