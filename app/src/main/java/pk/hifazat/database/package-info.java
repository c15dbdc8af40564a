/**
 * The database the platform runs on: an embedded PostgreSQL 17 under the data directory unless
 * {@code spring.datasource.url} points at an external server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package pk.hifazat.database;
