package pk.hifazat.cases.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hifazat.pdq.io.HashFileFormatException;
import org.hifazat.pdq.io.HashFileReader;
import org.hifazat.pdq.io.HashRecord;

import pk.hifazat.cases.internal.EvidenceItem.EvidenceFile;

/**
 * The files of a seized item from what an officer pastes or uploads: SHA-256 lines as {@code sha256sum}
 * writes them ({@code hash  name}), and a hash file of {@code ./hifazat pdq hash} ({@code hash,quality,name}).
 * A file named in both gets one row with both hashes.
 */
final class SeizedFiles {

    static final int MAX_FILES = 100_000;

    private SeizedFiles() {
    }

    static List<EvidenceFile> read(String sha256Lines, String pdqFile) {
        Map<String, EvidenceFile> files = new LinkedHashMap<>();
        if (sha256Lines != null) {
            int number = 0;
            for (String line : sha256Lines.split("\\R")) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+\\*?", 2);
                String hash = parts[0].toLowerCase(Locale.ROOT);
                if (!hash.matches("[0-9a-f]{64}")) {
                    throw new CaseInputException("sha256", "cases.input.sha256", number);
                }
                String name = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : hash;
                files.put(name, new EvidenceFile(name, hash, null, null));
                limit(files);
            }
        }
        if (pdqFile != null && !pdqFile.isBlank()) {
            try (HashFileReader reader = new HashFileReader(new StringReader(pdqFile), "pdq")) {
                for (HashRecord record = reader.next(); record != null; record = reader.next()) {
                    String hash = record.hash().toHex();
                    String name = record.name().isBlank() ? hash : record.name().strip();
                    EvidenceFile known = files.get(name);
                    files.put(name, new EvidenceFile(name, known == null ? null : known.sha256(), hash, record.quality()));
                    limit(files);
                }
            } catch (HashFileFormatException e) {
                throw new CaseInputException("pdqFile", "cases.input.pdq", e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files.values());
    }

    private static void limit(Map<String, EvidenceFile> files) {
        if (files.size() > MAX_FILES) {
            throw new CaseInputException("sha256", "cases.input.tooMany", MAX_FILES);
        }
    }
}
