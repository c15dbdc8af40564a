package pk.hifazat.media.internal;

import pk.hifazat.audit.AuditAction;

/** What only known material records. The stored code is the constant's name: never rename one. */
enum MediaAction implements AuditAction {

    /** A bank was created. */
    CREATE_BANK,
    /** A bank was enabled or disabled, or its radius changed. */
    CHANGE_BANK,
    /** A bank was retired: it matches nothing again, and its entries are kept. */
    RETIRE_BANK,
    /** A bank was shared with a partner organisation, or no longer. */
    SHARE_BANK,
    /** A hash list was imported into a bank. */
    IMPORT_HASHES,
    /** An entry was removed from its bank as a false positive. */
    REMOVE_ENTRY,
    /** A partner looked hashes up. */
    LOOKUP;

    @Override
    public String code() {
        return name();
    }
}
