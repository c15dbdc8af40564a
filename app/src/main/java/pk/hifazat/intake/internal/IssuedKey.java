package pk.hifazat.intake.internal;

/** A key just issued, with its secret: shown once to the administrator, then only its hash is kept. */
public record IssuedKey(ApiKey key, String secret) {
}
