/**
 * Privacy: personal data sealed at rest. Victims' details, reporters' contact details and the
 * payloads that carry them are stored only encrypted ({@link pk.hifazat.privacy.PersonalData}),
 * with a key that comes from the environment and never from the repository or the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package pk.hifazat.privacy;
