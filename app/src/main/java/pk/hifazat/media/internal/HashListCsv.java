package pk.hifazat.media.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import pk.hifazat.identifiers.HashAlgorithm;

/**
 * {@code hash_type,hash,category,series}: one hash a line, of type md5, sha1, sha256 or pdq
 * (a PDQ hash may be followed by its quality as {@code pdq:quality} in the type column, e.g. {@code pdq:87}).
 * The series is the rest of the line and may hold commas. A header line starting with
 * {@code hash_type} and blank lines are skipped.
 */
final class HashListCsv implements ImportFormat.Reader {

    private static final int MAX_TEXT = 200;

    @Override
    public void read(InputStream in, ImportFormat.Lines lines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || number == 1 && line.strip().toLowerCase(Locale.ROOT).startsWith("hash_type")) {
                continue;
            }
            parse(number, line, lines);
        }
    }

    private static void parse(long number, String line, ImportFormat.Lines lines) {
        String[] fields = line.split(",", 4);
        if (fields.length < 2) {
            lines.error(number, "expected hash_type,hash,category,series");
            return;
        }
        String type = fields[0].strip().toLowerCase(Locale.ROOT);
        Integer quality = null;
        int colon = type.indexOf(':');
        if (colon > 0) {
            try {
                quality = Integer.parseInt(type.substring(colon + 1));
            } catch (NumberFormatException e) {
                quality = -1;
            }
            if (quality < 0 || quality > 100 || !type.startsWith("pdq:")) {
                lines.error(number, "a quality is written pdq:0 to pdq:100, not " + ParsedEntry.text(fields[0], 40));
                return;
            }
            type = "pdq";
        }
        Optional<HashAlgorithm> algorithm = switch (type) {
            case "md5" -> Optional.of(HashAlgorithm.MD5);
            case "sha1", "sha-1" -> Optional.of(HashAlgorithm.SHA1);
            case "sha256", "sha-256" -> Optional.of(HashAlgorithm.SHA256);
            case "pdq" -> Optional.of(HashAlgorithm.PDQ);
            default -> Optional.empty();
        };
        if (algorithm.isEmpty()) {
            lines.error(number, "hash_type is md5, sha1, sha256 or pdq, not " + ParsedEntry.text(fields[0], 40));
            return;
        }
        HashAlgorithm a = algorithm.get();
        Optional<byte[]> hash = ParsedEntry.bytes(a, fields[1]);
        if (hash.isEmpty()) {
            lines.error(number, "a " + a + " hash is " + a.digits() + " hexadecimal digits");
            return;
        }
        String category = fields.length > 2 ? ParsedEntry.text(fields[2], MAX_TEXT) : null;
        String series = fields.length > 3 ? ParsedEntry.text(fields[3], MAX_TEXT) : null;
        byte[] h = hash.get();
        lines.entry(number, new ParsedEntry(a == HashAlgorithm.MD5 ? h : null, a == HashAlgorithm.SHA1 ? h : null,
                a == HashAlgorithm.SHA256 ? h : null, a == HashAlgorithm.PDQ ? h : null, quality, category, series, false));
    }
}
