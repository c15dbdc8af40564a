/**
 * The database the platform runs on: an embedded PostgreSQL 17 under the data directory unless
 * {@code spring.datasource.url} points at an external server. The embedded server wants a
 * password, and the application's connections use a role that owns no table. Also where the
 * platform's secrets are kept when the environment gives none ({@link pk.hifazat.database.DataFolderKey}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package pk.hifazat.database;
