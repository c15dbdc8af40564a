package pk.hifazat.database;

import java.nio.file.Path;

/** A second start on the data folder of a running Hifazat: its database server must not be touched. */
public class DataFolderInUseException extends IllegalStateException {

    DataFolderInUseException(Path dataFolder, long serverPid) {
        super("Hifazat is already running on the data folder " + dataFolder + " (its database server is process "
                + serverPid + ")");
    }
}
