package org.hifazat.pdq.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hifazat.pdq.PdqHash;

/**
 * Writes hash files that {@link HashFileReader} reads back: {@code hash,quality,name} lines or
 * bare hashes, one per line, streamed. Not thread-safe.
 */
public final class HashFileWriter implements Closeable, Flushable {

    private final Writer out;

    /** @param out receives the lines; closed by {@link #close()} */
    public HashFileWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    }

    /** Creates (or replaces) a UTF-8 hash file. */
    public static HashFileWriter create(Path file) throws IOException {
        return new HashFileWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes a {@code hash,quality,name} line.
     *
     * @throws IllegalArgumentException if the name contains a line break, which would end the record
     */
    public void write(PdqHash hash, int quality, String name) throws IOException {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, not " + quality);
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a name in a hash file cannot contain a line break: " + name.strip());
        }
        out.write(hash.toHex());
        out.write(',');
        out.write(Integer.toString(quality));
        out.write(',');
        out.write(name);
        out.write('\n');
    }

    /** Writes a record as a {@code hash,quality,name} line. */
    public void write(HashRecord record) throws IOException {
        write(record.hash(), record.quality(), record.name());
    }

    /** Writes a line holding just the hash. */
    public void writePlain(PdqHash hash) throws IOException {
        out.write(hash.toHex());
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
