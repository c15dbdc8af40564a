package pk.hifazat.audit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file checkpoints are appended to, outside the data folder. Only ever opened to append, so that
 * it may be made append-only ({@code chattr +a}): then neither the application nor anyone with the
 * database's rights (a superuser can write files as the server's user) can take back a checkpoint.
 */
final class CheckpointFile {

    private final Path path;

    CheckpointFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** Fails now, at the start, rather than at the first checkpoint, where the file cannot be written. */
    void requireWritable() {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (var channel = open()) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + path
                    + " (HIFAZAT_AUDIT_CHECKPOINT_FILE)", e);
        }
    }

    void append(Checkpoint checkpoint) throws IOException {
        try (var channel = open()) {
            channel.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Every checkpoint in the file, in the order written. Read as ISO-8859-1, which no byte sequence
     * fails to decode and which leaves the checkpoints' ASCII as it is, so that a copy of the system
     * log, whatever else it holds, can be read too.
     */
    List<Checkpoint> read() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Checkpoint.in(line).ifPresent(checkpoints::add);
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + path, e);
        }
        return checkpoints;
    }
}
