package pk.hifazat.identifiers;

/**
 * What an identifier is. The names are stored ({@code report_identifier.kind}): never rename one.
 * Each kind says what its {@link Identifier#platform() platform} means; where it names none, the
 * platform is null.
 */
public enum IdentifierKind {

    /** A phone number in E.164, read as Pakistani when written without a country code. No platform. */
    PHONE,

    /** An e-mail address, trimmed and lower-cased. No platform. */
    EMAIL,

    /** A username without its at signs, lower-cased only where the platform ignores case. Platform: where it is used. */
    USERNAME,

    /** A platform's own id of an account, as written (trimmed). Platform: whose id it is. */
    USER_ID,

    /** A profile's web address, scheme and host lower-cased, default port dropped. No platform. */
    PROFILE_URL,

    /** An IP address literal: dotted IPv4, or IPv6 as RFC 5952 writes it. No platform. */
    IP,

    /** A device id as written (trimmed). Platform: the one that saw the device. */
    DEVICE_ID,

    /**
     * A cryptocurrency address, its checksum verified: Bitcoin (base58check P2PKH and P2SH, bech32
     * and bech32m {@code bc1…}, lower-cased) and Ethereum ({@code 0x} and 40 hex digits, lower-cased).
     * Platform: the chain, read from the address ("bitcoin", "ethereum").
     */
    WALLET,

    /**
     * Where money was paid: an IBAN (spaces removed, upper-cased, mod-97 checked; no platform), or a
     * mobile-wallet account, which is a phone number in E.164 (platform: the wallet, such as
     * "jazzcash" or "easypaisa").
     */
    PAYMENT_ACCOUNT
}
