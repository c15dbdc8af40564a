package pk.hifazat.audit;

import java.util.Optional;

/**
 * Implemented by the module that issues receipt codes, so that an auditor can search by the code a
 * reporter quotes without the audit log depending on that module.
 */
public interface ReceiptRecords {

    /** The id under which the report with this receipt code is recorded in the audit log. */
    Optional<String> recordIdOf(String receiptCode);
}
