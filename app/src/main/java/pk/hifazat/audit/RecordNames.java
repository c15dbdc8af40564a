package pk.hifazat.audit;

import java.util.Optional;

/**
 * Implemented by a module that can name its own records for the auditor (a user by username), since
 * the audit log may not depend on the modules that write to it.
 */
public interface RecordNames {

    /** A readable name for the record, or empty when it is not this module's or no longer exists. */
    Optional<String> nameOf(String recordType, String recordId);
}
