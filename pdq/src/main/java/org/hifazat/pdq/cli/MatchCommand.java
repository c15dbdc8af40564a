package org.hifazat.pdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;
import org.hifazat.pdq.index.HashIndex;
import org.hifazat.pdq.index.HashIndexBuilder;
import org.hifazat.pdq.index.Match;
import org.hifazat.pdq.index.MatchQuery;
import org.hifazat.pdq.io.HashFileReader;
import org.hifazat.pdq.io.HashRecord;

/** {@code pdq match}: prints {@code query,match,distance} for every indexed hash near a query. */
@Command(name = "match",
        mixinStandardHelpOptions = true,
        description = {"Prints query,match,distance for every hash of the index within the radius of a",
            "query, closest first. A QUERY is an image, a folder of images, or a hash file",
            "(hash,quality,name lines or bare hashes); files are told apart by their content.",
            "Hashes below the quality floor, in the index or among the queries, are not matched."})
final class MatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "FILE",
            description = "Hash file of the known hashes (hash,quality,name lines or bare hashes).")
    private Path indexFile;

    @Option(names = "--radius", paramLabel = "BITS", defaultValue = "31",
            description = "Largest Hamming distance that matches, 0..256 (default: ${DEFAULT-VALUE}).")
    private int radius;

    @Option(names = "--quality-floor", paramLabel = "Q", defaultValue = "50",
            description = "Hashes of lower quality are not matched, 0..100 (default: ${DEFAULT-VALUE}).")
    private int qualityFloor;

    @Option(names = "--dihedral", description = "Match image queries also rotated and flipped.")
    private boolean dihedral;

    @Option(names = "--cli-mode", description = "Hash image queries as Meta's C++ tool does (512x512 squash).")
    private boolean cliMode;

    @Option(names = "--pixel-limit", paramLabel = "PIXELS", defaultValue = "100000000",
            description = "Refuse images with more pixels than this (default: ${DEFAULT-VALUE}).")
    private long pixelLimit;

    @Mixin
    private JpegDecoderOption jpegDecoder;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Images, folders of images or hash files.")
    private List<Path> queries;

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Failures failures = new Failures(err);
        LoadedIndex index;
        try {
            index = LoadedIndex.load(indexFile);
        } catch (IOException e) {
            failures.report(Failures.describe(indexFile, e));
            return failures.exitCode(0);
        }
        ImageHasher hasher = new ImageHasher(cliMode ? HashMode.CLI : HashMode.CORE,
                jpegDecoder.applyTo(new ImageDecoder(pixelLimit)));
        int searched = 0;
        try (OrderedWork<Outcome> work = new OrderedWork<>(Math.max(1, threads), outcome -> {
            if (outcome.error() != null) {
                failures.report(outcome.error());
            } else {
                out.print(outcome.lines());
            }
        })) {
            for (Path query : queries) {
                searched += submitQueries(query, hasher, index, work, failures);
            }
            work.finish();
        }
        out.flush();
        return failures.exitCode(searched);
    }

    private void validate() {
        if (radius < 0 || radius > 256) {
            throw new ParameterException(spec.commandLine(), "--radius must be 0..256, not " + radius);
        }
        if (qualityFloor < 0 || qualityFloor > 100) {
            throw new ParameterException(spec.commandLine(), "--quality-floor must be 0..100, not " + qualityFloor);
        }
        if (pixelLimit <= 0) {
            throw new ParameterException(spec.commandLine(), "--pixel-limit must be positive");
        }
    }

    /** Queues the searches for one QUERY argument; returns how many inputs it stood for. */
    private int submitQueries(Path query, ImageHasher hasher, LoadedIndex index, OrderedWork<Outcome> work,
                              Failures failures) {
        if (Files.isDirectory(query)) {
            List<Path> images = ImageFiles.expand(List.of(query), failures::report);
            images.forEach(image -> work.submit(() -> searchImage(image, hasher, index)));
            return images.size();
        }
        if (!Files.isRegularFile(query)) {
            failures.report(query + ": no such file or folder");
            return 1;
        }
        try {
            if (hasher.decoder().recognises(query)) {
                work.submit(() -> searchImage(query, hasher, index));
                return 1;
            }
            searchHashFile(query, index, work);
        } catch (IOException e) {
            work.finish();
            failures.report(Failures.describe(query, e));
        }
        return 1;
    }

    private void searchHashFile(Path file, LoadedIndex index, OrderedWork<Outcome> work) throws IOException {
        try (HashFileReader reader = HashFileReader.open(file)) {
            for (HashRecord r = reader.next(); r != null; r = reader.next()) {
                HashRecord record = r;
                String label = record.name().isEmpty() ? record.hash().toHex() : record.name();
                work.submit(() -> search(label, query(MatchQuery.of(new PdqResult(record.hash(), record.quality()))),
                        index));
            }
        }
    }

    private Outcome searchImage(Path image, ImageHasher hasher, LoadedIndex index) {
        try {
            MatchQuery q = dihedral ? MatchQuery.dihedral(hasher.hashDihedral(image)) : MatchQuery.of(hasher.hash(image));
            return search(image.toString(), query(q), index);
        } catch (IOException e) {
            return new Outcome(null, Failures.describe(image, e));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(null, image + ": cannot hash: " + e);
        }
    }

    private MatchQuery query(MatchQuery q) {
        return q.withRadius(radius).withQualityFloor(qualityFloor);
    }

    private static Outcome search(String label, MatchQuery q, LoadedIndex index) {
        StringBuilder lines = new StringBuilder();
        for (Match m : index.index().search(q)) {
            lines.append(label).append(',').append(index.label(m.id())).append(',').append(m.distance()).append('\n');
        }
        return new Outcome(lines.toString(), null);
    }

    /** The lines for one query, or the message saying why there are none. */
    private record Outcome(String lines, String error) {
    }

    /** The index with the name of each entry; an entry's id is its position in {@code labels}. */
    private record LoadedIndex(HashIndex index, List<String> labels) {

        static LoadedIndex load(Path file) throws IOException {
            HashIndexBuilder builder = HashIndex.builder();
            List<String> labels = new ArrayList<>();
            try (HashFileReader reader = HashFileReader.open(file)) {
                for (HashRecord r = reader.next(); r != null; r = reader.next()) {
                    builder.add(r.hash(), r.quality(), labels.size());
                    labels.add(r.name().isEmpty() ? r.hash().toHex() : r.name());
                }
            }
            return new LoadedIndex(builder.build(), labels);
        }

        String label(long id) {
            return labels.get((int) id);
        }
    }
}
