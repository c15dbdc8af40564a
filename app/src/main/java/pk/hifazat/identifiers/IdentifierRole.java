package pk.hifazat.identifiers;

/** Whose identifier a report names. The names are stored ({@code report_identifier.role}): never rename one. */
public enum IdentifierRole {

    /** The person reported: the suspect. */
    REPORTED_PERSON,

    /** Someone the reported person wrote to or sent material to. */
    INTENDED_RECIPIENT,

    /** The address a file was uploaded from. */
    UPLOAD
}
