package pk.hifazat.database;

/**
 * The embedded server's password: {@code HIFAZAT_DATABASE_PASSWORD}; a throw-away one for a
 * throw-away database; otherwise a random one kept in the data folder's {@code keys/database-password}
 * (mode 600). It keeps out other local users, who could otherwise connect as the superuser; it is
 * no defence against whoever can read the data folder, as the data files themselves are there.
 */
record DatabasePassword(String value) {

    static final String KEY_FILE = "database-password";

    static DatabasePassword of(EmbeddedDatabaseProperties platform) {
        if (!platform.databasePassword().isEmpty()) {
            return new DatabasePassword(platform.databasePassword());
        }
        return new DatabasePassword(platform.ephemeral() ? DataFolderKey.random()
                : DataFolderKey.kept(platform.keyFile(KEY_FILE)));
    }

    @Override
    public String toString() {
        return "DatabasePassword[(hidden)]";
    }
}
