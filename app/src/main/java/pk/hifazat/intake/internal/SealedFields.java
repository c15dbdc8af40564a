package pk.hifazat.intake.internal;

import java.util.UUID;

import pk.hifazat.privacy.PersonalData;

/**
 * A report's or an addition's payloads as stored: the raw payload as it arrived, the normalised
 * report, and the reporter's contact details, each sealed to its owner's id. They carry victims'
 * details, descriptions that may name a child, and reporters' names and numbers, so none of them is
 * stored in the clear; what the database must search (identifiers, file hashes, type, time) is kept
 * beside them in columns of its own.
 *
 * @param contact null when the reporter left no contact details
 */
public record SealedFields(byte[] raw, byte[] normalised, byte[] contact) {

    static final String RAW = "raw";
    static final String NORMALISED = "normalised";
    static final String CONTACT = "contact";

    static SealedFields seal(PersonalData personalData, UUID owner, String raw, String normalised, String contact) {
        return new SealedFields(personalData.seal(raw, owner, RAW), personalData.seal(normalised, owner, NORMALISED),
                personalData.seal(contact, owner, CONTACT));
    }
}
