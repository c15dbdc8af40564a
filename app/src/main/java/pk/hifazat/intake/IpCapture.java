package pk.hifazat.intake;

import java.time.Instant;

/** An IP address a platform saw, when, and what the user was doing. */
public record IpCapture(String ip, Instant at, IpEvent event) {
}
