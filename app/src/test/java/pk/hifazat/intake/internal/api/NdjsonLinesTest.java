package pk.hifazat.intake.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void splitsLinesEndedByNewlinesOrCarriageReturnNewlinesAndKeepsTheLastUnendedOne() throws IOException {
        assertThat(lines("a\nbb\r\n\nccc", 100)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    }

    @Test
    void skipsALineLongerThanTheLimitAndGoesOnWithTheNext() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines("ok\n" + longLine + "\nafter\n", 1_000)).containsExactly("1:ok", "2:TOO LONG", "3:after");
    }

    @Test
    void readsLinesThatSpanManyReads() throws IOException {
        String line = "y".repeat(150_000);
        InputStream trickle = new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 777));
            }
        };
        NdjsonLines lines = new NdjsonLines(trickle, 200_000);
        assertThat(lines.next()).isTrue();
        assertThat(lines.length()).isEqualTo(150_000);
        assertThat(lines.next()).isTrue();
        assertThat(lines.length()).isEqualTo(150_000);
        assertThat(lines.next()).isFalse();
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(lines("", 10)).isEmpty();
    }

    private static List<String> lines(String text, int limit) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
        List<String> found = new ArrayList<>();
        while (lines.next()) {
            found.add(lines.number() + ":" + (lines.tooLong() ? "TOO LONG"
                    : new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)));
        }
        return found;
    }
}
