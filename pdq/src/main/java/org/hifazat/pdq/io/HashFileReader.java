package org.hifazat.pdq.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqHashFormatException;

/**
 * Reads hash files one line at a time, so a file of ten million hashes is never held in memory.
 * Two line forms are accepted, mixed freely:
 * <ul>
 *   <li>{@code hash,quality,name} — the CSV the {@code pdq hash} command and Meta's tools write;
 *       the name is everything after the second comma (it may itself contain commas) and may be
 *       absent, as may the comma before it;</li>
 *   <li>a bare 64-digit hash, read with quality {@value HashRecord#ASSUMED_QUALITY}.</li>
 * </ul>
 * Blank lines, lines starting with {@code #}, and a first line starting with {@code hash,} (a
 * header) are skipped. A line that is none of these is a {@link HashFileFormatException} naming
 * its number. Not thread-safe.
 */
public final class HashFileReader implements Closeable {

    private final BufferedReader reader;
    private final String source;
    private long lineNumber;

    /**
     * @param reader the text to read; closed by {@link #close()}
     * @param source the file name for error messages
     */
    public HashFileReader(Reader reader, String source) {
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.source = source;
    }

    /** Opens a UTF-8 hash file. */
    public static HashFileReader open(Path file) throws IOException {
        return new HashFileReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @throws HashFileFormatException if the next non-blank line is not a hash line
     */
    public HashRecord next() throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (skipped(line)) {
                continue;
            }
            return parse(line);
        }
        return null;
    }

    /** The number of the last line read, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private boolean skipped(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return true;
        }
        return lineNumber == 1 && line.regionMatches(true, 0, "hash,", 0, 5);
    }

    private HashRecord parse(String line) throws HashFileFormatException {
        String text = line;   // readLine has already removed the line break
        int firstComma = text.indexOf(',');
        String hashText = (firstComma < 0 ? text : text.substring(0, firstComma)).strip();
        PdqHash hash;
        try {
            hash = PdqHash.parse(hashText);
        } catch (PdqHashFormatException e) {
            throw new HashFileFormatException(source, lineNumber, e.getMessage(), e);
        }
        if (firstComma < 0) {
            return new HashRecord(hash, HashRecord.ASSUMED_QUALITY, "", lineNumber);
        }
        int secondComma = text.indexOf(',', firstComma + 1);
        String qualityText = (secondComma < 0 ? text.substring(firstComma + 1)
                : text.substring(firstComma + 1, secondComma)).strip();
        String name = secondComma < 0 ? "" : text.substring(secondComma + 1);
        return new HashRecord(hash, quality(qualityText), name, lineNumber);
    }

    private int quality(String text) throws HashFileFormatException {
        int quality;
        try {
            quality = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new HashFileFormatException(source, lineNumber,
                    "the quality after the hash must be a whole number 0..100, not \"" + text + "\"", e);
        }
        if (quality < 0 || quality > 100) {
            throw new HashFileFormatException(source, lineNumber, "quality must be 0..100, not " + quality, null);
        }
        return quality;
    }
}
