package pk.hifazat.intake;

/**
 * A child the report is about, as far as the reporter knows: an age, or a range when only an
 * estimate is possible; gender; and whatever else is known, in the reporter's words.
 */
public record Victim(Integer age, Integer ageMin, Integer ageMax, Gender gender, String known, String location) {
}
