package pk.hifazat.media;

import java.util.UUID;

/**
 * Known material among the files seized as a case's evidence: each file is matched against all
 * enabled banks as a report's file is, and again whenever a bank grows. Cases hands its seized files
 * over here (media cannot listen to cases: cases already depends on linking, which depends on media).
 * Nothing here checks jurisdiction or audits: the caller has checked that the user may see the case.
 */
public interface SeizedMaterial {

    /** Keeps the item's files and matches those not kept before: handing an item over twice changes nothing. */
    void match(SeizedItem item);

    /** What matching found among the case's seized files so far. */
    SeizedMaterialSummary ofCase(UUID caseId);
}
