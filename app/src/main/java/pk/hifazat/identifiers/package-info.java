/**
 * Identifiers: the one normal form of every identifier the agency compares — phone numbers,
 * e-mail addresses, usernames and user ids on a platform, profile URLs, IP addresses, device ids,
 * cryptocurrency wallets, payment accounts — and of file hashes. Two reports, a case and a bank
 * entry name the same person only if they hold equal {@link pk.hifazat.identifiers.Identifier}s, so
 * every module that stores or compares identifiers gets them from
 * {@link pk.hifazat.identifiers.IdentifierNormaliser} (hashes from
 * {@link pk.hifazat.identifiers.FileHash}) and keeps no rules of its own: a second copy would drift,
 * and {@code @Ali_99} would stop linking to {@code ali_99}.
 *
 * <p>Pure: no tables, no events, and no dependency on any other module of the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identifiers", allowedDependencies = {})
package pk.hifazat.identifiers;
