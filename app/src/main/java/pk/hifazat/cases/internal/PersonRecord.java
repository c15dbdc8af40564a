package pk.hifazat.cases.internal;

import pk.hifazat.cases.PersonId;

/** A person as stored, details opened; {@code mergedInto} names the person this record now reads as. */
public record PersonRecord(PersonId id, String pseudonym, PersonDetails details, PersonId mergedInto) {
}
