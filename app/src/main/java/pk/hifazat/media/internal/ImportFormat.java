package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;

/** The hash-list formats a bank imports, each read as a stream, one entry (or one error) at a time. */
enum ImportFormat {
    /** Project VIC's VICS JSON: an OData {@code value} array of Media records, or of cases holding them. */
    VICS_JSON(new VicsJson()),
    /** {@code hash_type,hash,category,series} lines. */
    CSV(new HashListCsv()),
    /** The {@code pdq hash} tool's files: {@code hash,quality,name} lines or bare hashes. */
    PDQ(new PdqHashFile());

    private final Reader reader;

    ImportFormat(Reader reader) {
        this.reader = reader;
    }

    void read(InputStream in, Lines lines) throws IOException {
        reader.read(in, lines);
    }

    /** A format's reader. A bad line is passed on as an error, never thrown; an exception means the file is unreadable. */
    interface Reader {
        void read(InputStream in, Lines lines) throws IOException;
    }

    /** Where a reader passes what it read. */
    interface Lines {
        void entry(long line, ParsedEntry entry);

        void error(long line, String message);

        /** A record read and deliberately not imported (VICS category 0: not pertinent). */
        void ignored(long line);
    }
}
