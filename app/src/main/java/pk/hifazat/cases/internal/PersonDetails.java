package pk.hifazat.cases.internal;

import java.time.LocalDate;
import java.util.List;

import pk.hifazat.identifiers.Identifier;

/**
 * What is known of a person, as entered (name, aliases, date of birth and address are sealed at rest).
 *
 * @param nationality ISO 3166-1 alpha-2, for example PK or DE; null when unknown
 * @param age         the age in years when the date of birth is unknown
 */
public record PersonDetails(String name, List<String> aliases, LocalDate birthDate, Integer age, String address,
                            String gender, String nationality, List<Identifier> identifiers) {

    public PersonDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public boolean foreign() {
        return nationality != null && !"PK".equals(nationality);
    }
}
