package org.hifazat.pdq.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hifazat.pdq.PdqHash;

class HashFileTest {

    private static final String A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String B = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af";

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank.csv");
        Random rnd = new Random(2);
        List<HashRecord> written = new ArrayList<>();
        try (HashFileWriter writer = HashFileWriter.create(file)) {
            for (int i = 0; i < 500; i++) {
                HashRecord r = new HashRecord(PdqHash.of(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()),
                        rnd.nextInt(101), i % 3 == 0 ? "" : "photos/2024, march/img " + i + ".jpg", i + 1);
                writer.write(r);
                written.add(r);
            }
        }

        assertThat(readAll(HashFileReader.open(file))).isEqualTo(written);
    }

    @Test
    void readsBareHashesWithTheAssumedQuality() throws IOException {
        List<HashRecord> records = readAll(new HashFileReader(new StringReader(A + "\n" + B + "\r\n"), "plain.txt"));

        assertThat(records).containsExactly(
                new HashRecord(PdqHash.parse(A), HashRecord.ASSUMED_QUALITY, "", 1),
                new HashRecord(PdqHash.parse(B), HashRecord.ASSUMED_QUALITY, "", 2));
        StringWriter out = new StringWriter();
        try (HashFileWriter writer = new HashFileWriter(out)) {
            writer.writePlain(PdqHash.parse(A));
        }
        assertThat(out).hasToString(A + "\n");
    }

    @Test
    void skipsTheHeaderBlankLinesAndComments() throws IOException {
        String text = "hash,quality,name\n\n# from the 2024 bank\n" + A + ",77,first\n   \n" + B + ",3\n";

        List<HashRecord> records = readAll(new HashFileReader(new StringReader(text), "bank.csv"));

        assertThat(records).containsExactly(
                new HashRecord(PdqHash.parse(A), 77, "first", 4),
                new HashRecord(PdqHash.parse(B), 3, "", 6));
    }

    @Test
    void namesTheLineOfABadHash() {
        String text = A + ",90,ok\n" + A.substring(2) + ",90,short\n";

        assertThatThrownBy(() -> readAll(new HashFileReader(new StringReader(text), "bank.csv")))
                .isInstanceOfSatisfying(HashFileFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.source()).isEqualTo("bank.csv");
                })
                .hasMessageStartingWith("bank.csv line 2: ")
                .hasMessageContaining("got 62 characters");
    }

    @Test
    void namesTheLineOfABadQuality() {
        assertThatThrownBy(() -> readAll(new HashFileReader(new StringReader("\n\n" + A + ",high,x\n"), "q.csv")))
                .isInstanceOf(HashFileFormatException.class)
                .hasMessage("q.csv line 3: the quality after the hash must be a whole number 0..100, not \"high\"");
        assertThatThrownBy(() -> readAll(new HashFileReader(new StringReader(A + ",101,x\n"), "q.csv")))
                .isInstanceOf(HashFileFormatException.class)
                .hasMessage("q.csv line 1: quality must be 0..100, not 101");
    }

    @Test
    void refusesToWriteANameThatWouldBreakTheLine() {
        HashFileWriter writer = new HashFileWriter(new StringWriter());

        assertThatThrownBy(() -> writer.write(PdqHash.parse(A), 50, "two\nlines"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }

    @Test
    void streamsRecordsBeforeTheWholeFileHasBeenRead() throws IOException {
        GeneratedLines source = new GeneratedLines(1_000_000);
        long count = 0;
        try (HashFileReader reader = new HashFileReader(source, "generated.csv")) {
            HashRecord first = reader.next();
            assertThat(first.name()).isEqualTo("item 0");
            assertThat(source.served).as("characters read for the first record").isLessThan(1 << 20);
            for (HashRecord r = first; r != null; r = reader.next()) {
                count++;
            }
            assertThat(reader.lineNumber()).isEqualTo(1_000_000);
        }
        assertThat(count).isEqualTo(1_000_000);
    }

    private static List<HashRecord> readAll(HashFileReader reader) throws IOException {
        List<HashRecord> records = new ArrayList<>();
        try (reader) {
            for (HashRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    /** A file of n hash lines (about 80 bytes each) produced on demand, never held whole. */
    private static final class GeneratedLines extends Reader {

        private final int lines;
        private int next;
        private String current = "";
        private int position;
        long served;

        GeneratedLines(int lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (next == lines) {
                    return -1;
                }
                current = (next % 2 == 0 ? A : B) + ",90,item " + next + "\n";
                next++;
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            served += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
