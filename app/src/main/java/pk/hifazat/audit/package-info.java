/**
 * The audit log: who did what to which record, and when. Append-only and hash-chained, each link
 * keyed with a secret the database never holds, with signed checkpoints of the chain exported
 * outside the database, so that a changed or deleted entry is found by verification even when the
 * database itself was rewritten. Every module records its reads and writes of case and victim data
 * here; entries name records, never their content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package pk.hifazat.audit;
