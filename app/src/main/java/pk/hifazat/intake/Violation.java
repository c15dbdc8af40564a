package pk.hifazat.intake;

/**
 * One thing wrong with a report.
 *
 * @param field   the path of the field, for example {@code persons[0].accounts[1].email}; empty for the whole report
 * @param code    a stable code a form can translate, for example {@code email}
 * @param message what is wrong, in English, for API clients
 */
public record Violation(String field, String code, String message) {
}
