package pk.hifazat.intake;

/** What the user was doing when the platform captured their IP address. */
public enum IpEvent {
    LOGIN, REGISTRATION, UPLOAD, PURCHASE, MESSAGE, OTHER, UNKNOWN
}
