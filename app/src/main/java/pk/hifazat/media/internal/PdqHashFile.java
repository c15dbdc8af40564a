package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.hifazat.pdq.io.HashFileFormatException;
import org.hifazat.pdq.io.HashFileReader;
import org.hifazat.pdq.io.HashRecord;

/** The {@code pdq hash} tool's output, read by the pdq library's own reader; the name column is not kept. */
final class PdqHashFile implements ImportFormat.Reader {

    @Override
    public void read(InputStream in, ImportFormat.Lines lines) throws IOException {
        try (HashFileReader reader = new HashFileReader(new InputStreamReader(in, StandardCharsets.UTF_8), "upload")) {
            while (true) {
                HashRecord record;
                try {
                    record = reader.next();
                } catch (HashFileFormatException e) {
                    lines.error(e.line(), e.getMessage().replaceFirst("^upload line \\d+: ", ""));
                    continue;
                }
                if (record == null) {
                    return;
                }
                lines.entry(record.line(), new ParsedEntry(null, null, null, PdqBytes.bytes(record.hash()), record.quality(),
                        null, null, false));
            }
        }
    }
}
