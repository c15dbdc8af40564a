package pk.hifazat.intake;

/**
 * Where the reporter thinks the incident or the child is, stored as given; triage resolves it to a
 * district later, together with the phone numbers' area codes.
 *
 * @param country ISO 3166-1 alpha-2, for example PK
 */
public record LocationHint(String country, String district, String place, Double latitude, Double longitude) {
}
