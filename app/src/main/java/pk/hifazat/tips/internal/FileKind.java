package pk.hifazat.tips.internal;

import java.util.Optional;

/**
 * The kinds of file the public may upload, recognised by their first bytes — never by the name or
 * the type the browser claims, both of which anyone can set.
 */
enum FileKind {
    JPEG(true), PNG(true), GIF(true), WEBP(true), BMP(true), MP4(false), WEBM(false), AVI(false);

    private final boolean image;

    FileKind(boolean image) {
        this.image = image;
    }

    boolean isImage() {
        return image;
    }

    static Optional<FileKind> of(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (starts(head, 'R', 'I', 'F', 'F') && at(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(head, 'R', 'I', 'F', 'F') && at(head, 8, 'A', 'V', 'I', ' ')) {
            return Optional.of(AVI);
        }
        if (starts(head, 'B', 'M')) {
            return Optional.of(BMP);
        }
        if (at(head, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(MP4);
        }
        if (starts(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... expected) {
        return at(head, 0, expected);
    }

    private static boolean at(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
