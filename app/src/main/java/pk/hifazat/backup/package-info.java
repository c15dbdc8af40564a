/**
 * Backups of the embedded database while Hifazat runs, and their restore onto a new data folder.
 * A backup is a copy of the server's files taken between PostgreSQL's {@code pg_backup_start} and
 * {@code pg_backup_stop}, with the write-ahead log that makes the copy consistent, and a manifest
 * naming the schema version and the personal-data key's fingerprint — never a key itself. An
 * external database is backed up by its own administrators (docs/operations.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package pk.hifazat.backup;
