package pk.hifazat.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data folder's {@code keys/personal-data.previous.key}, where the current key is the data
 * folder's: once nothing is sealed with it any more, it is deleted, so that a copy of the data
 * folder no longer carries a key that opened the data.
 *
 * @param file empty where the keys come from the environment, or the database is throw-away
 */
record RetiredKeyFile(Optional<Path> file) {

    /** Whether there was a file to delete. */
    boolean delete() {
        if (file.isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the retired key file " + file.get(), e);
        }
    }
}
