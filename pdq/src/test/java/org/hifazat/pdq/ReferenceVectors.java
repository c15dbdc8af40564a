package org.hifazat.pdq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The test vectors of SPEC.md: expected hashes of the sample images, per mode. */
public final class ReferenceVectors {

    /** One line of expected-pdq.csv. */
    public record Vector(String file, HashMode mode, PdqHash hash, int quality,
                         Map<Dihedral, PdqHash> dihedral, int rows, int cols) {

        /** The file name without folder or extension. */
        public String stem() {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return name.substring(0, name.lastIndexOf('.'));
        }

        /** The lossless PNG of the same pixels. */
        public Path decodedPng() {
            return resource("vectors/decoded-png/" + stem() + ".png");
        }

        /** The original sample file. */
        public Path original() {
            return resource("vectors/" + file);
        }

        @Override
        public String toString() {
            return stem() + " (" + mode.name().toLowerCase() + ")";
        }
    }

    private ReferenceVectors() {
    }

    /** Every vector of the given mode. */
    public static List<Vector> of(HashMode mode) {
        return all().stream().filter(v -> v.mode() == mode).toList();
    }

    /** Every vector. */
    public static List<Vector> all() {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                ReferenceVectors.class.getResourceAsStream("/vectors/expected-pdq.csv"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                Map<Dihedral, PdqHash> dihedral = new EnumMap<>(Dihedral.class);
                dihedral.put(Dihedral.ORIGINAL, PdqHash.parse(f[3]));
                Dihedral[] order = {Dihedral.ROTATE_90, Dihedral.ROTATE_180, Dihedral.ROTATE_270,
                    Dihedral.FLIP_X, Dihedral.FLIP_Y, Dihedral.FLIP_PLUS_1, Dihedral.FLIP_MINUS_1};
                for (int i = 0; i < order.length; i++) {
                    dihedral.put(order[i], PdqHash.parse(f[5 + i]));
                }
                vectors.add(new Vector(f[0], HashMode.valueOf(f[2].toUpperCase()), PdqHash.parse(f[3]),
                        Integer.parseInt(f[4]), dihedral, Integer.parseInt(f[12]), Integer.parseInt(f[13])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ReferenceVectors.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
