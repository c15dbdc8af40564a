package pk.hifazat.intake.internal;

/**
 * One normalised identifier found in a report, for linking.
 *
 * @param platform the platform key for usernames, user ids and device ids; null otherwise
 * @param role     whose identifier it is: REPORTED_PERSON, INTENDED_RECIPIENT or UPLOAD (a file's upload address)
 */
record Identifier(IdentifierKind kind, String value, String platform, String role) {
}
