package org.hifazat.pdq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths on a command line into the image files to process. A file named explicitly is
 * always processed; inside a folder, searched recursively, only files with an image extension are,
 * so that stray text files and thumbnails databases are not reported as broken images.
 */
final class ImageFiles {

    private static final Set<String> EXTENSIONS = Set.of(
            "jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "dib", "webp");

    private ImageFiles() {
    }

    /**
     * @param problems receives a message for each path that does not exist or cannot be listed
     */
    static List<Path> expand(List<Path> inputs, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ImageFiles::hasImageExtension).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.accept(input + ": cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                problems.accept(input + ": no such file or folder");
            }
        }
        return files;
    }

    static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
