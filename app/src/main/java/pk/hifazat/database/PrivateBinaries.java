package pk.hifazat.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;

/**
 * Where the server's PostgreSQL binaries are unpacked. The library unpacks them into a folder of its
 * own and makes that folder writable by everyone, so that any local user could replace the binary
 * the application runs. Its folder therefore lies inside {@code pg-binaries}, which only the
 * application's user may enter (0700), and is closed to others again once the server has started.
 * Earlier versions unpacked straight into {@code pg-binaries}, then open to all: those copies may
 * have been changed, and are removed. Throw-away servers (tests, the launcher's training start) use
 * a folder of the same kind in the temporary directory, instead of the library's, open to all.
 */
final class PrivateBinaries {

    private final Path folder;

    private PrivateBinaries(Path folder) {
        this.folder = folder;
    }

    static PrivateBinaries in(Path folder) throws IOException {
        Files.createDirectories(folder);
        closeToOthers(folder);
        try (var unpackedBefore = Files.newDirectoryStream(folder, "PG-*")) {
            for (Path earlier : unpackedBefore) {
                delete(earlier);
            }
        }
        return new PrivateBinaries(folder);
    }

    /** The folder for throw-away servers; refused when another user made it first. */
    static PrivateBinaries forThrowAwayServers() throws IOException {
        String user = System.getProperty("user.name");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "hifazat-pg-binaries-" + user);
        Files.createDirectories(folder);
        if (!Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
            throw new IllegalStateException(folder + " belongs to another user: remove it, or set java.io.tmpdir elsewhere");
        }
        return in(folder);
    }

    File libraryFolder() {
        return folder.resolve("unpacked").toFile();
    }

    /** Undoes the library's opening of its folder to everyone. */
    void closeLibraryFolder() throws IOException {
        if (Files.isDirectory(libraryFolder().toPath())) {
            closeToOthers(libraryFolder().toPath());
        }
    }

    private static void closeToOthers(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    private static void delete(Path tree) throws IOException {
        List<Path> paths;
        try (var walk = Files.walk(tree)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
