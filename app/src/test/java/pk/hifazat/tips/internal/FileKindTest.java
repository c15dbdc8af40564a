package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileKindTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void recognisesImagesAndVideosByTheirFirstBytes() {
        assertThat(FileKind.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(FileKind.JPEG);
        assertThat(FileKind.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(FileKind.PNG);
        assertThat(FileKind.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.GIF);
        assertThat(FileKind.of("RIFF0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.WEBP);
        assertThat(FileKind.of(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'))).contains(FileKind.MP4);
        assertThat(FileKind.of(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p')).orElseThrow().isImage()).isFalse();
    }

    @Test
    void refusesAnythingElseWhateverItsNameSays() {
        assertThat(FileKind.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }
}
