package org.hifazat.pdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;

/** {@code pdq hash}: prints {@code hash,quality,path} for every image. */
@Command(name = "hash",
        mixinStandardHelpOptions = true,
        description = {"Prints hash,quality,path for each image, in the order given (folders are searched",
            "recursively for .jpg .jpeg .png .gif .bmp .webp files). Uses all cores. Images that cannot",
            "be read are named on stderr and make the exit code 1; the others are still hashed."})
final class HashCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Image files or folders.")
    private List<Path> inputs;

    @Option(names = "--dihedral",
            description = "Also print the hashes of the 7 rotations and flips, as PATH#rot90, PATH#flipx, ...")
    private boolean dihedral;

    @Option(names = "--cli-mode",
            description = "Squash images over 512 px to 512x512 first, as Meta's C++ tool does (not the core PDQ).")
    private boolean cliMode;

    @Option(names = "--pixel-limit", paramLabel = "PIXELS", defaultValue = "100000000",
            description = "Refuse images with more pixels than this, without decoding them (default: ${DEFAULT-VALUE}).")
    private long pixelLimit;

    @Mixin
    private JpegDecoderOption jpegDecoder;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Failures failures = new Failures(err);
        List<Path> files = ImageFiles.expand(inputs, failures::report);
        ImageHasher hasher = new ImageHasher(cliMode ? HashMode.CLI : HashMode.CORE,
                jpegDecoder.applyTo(new ImageDecoder(checkedLimit())));
        try (OrderedWork<Outcome> work = new OrderedWork<>(Math.max(1, threads), outcome -> {
            if (outcome.error() != null) {
                failures.report(outcome.error());
            } else {
                out.print(outcome.lines());
            }
        })) {
            for (Path file : files) {
                work.submit(() -> hashOne(hasher, file));
            }
            work.finish();
        }
        out.flush();
        return failures.exitCode(files.size());
    }

    private long checkedLimit() {
        if (pixelLimit <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pixel-limit must be positive");
        }
        return pixelLimit;
    }

    private Outcome hashOne(ImageHasher hasher, Path file) {
        try {
            StringBuilder lines = new StringBuilder();
            if (dihedral) {
                DihedralHashes all = hasher.hashDihedral(file);
                for (Dihedral v : Dihedral.values()) {
                    String name = v == Dihedral.ORIGINAL ? file.toString() : file + "#" + v.label();
                    line(lines, all.hash(v).toHex(), all.quality(), name);
                }
            } else {
                PdqResult r = hasher.hash(file);
                line(lines, r.hash().toHex(), r.quality(), file.toString());
            }
            return new Outcome(lines.toString(), null);
        } catch (IOException e) {
            return new Outcome(null, Failures.describe(file, e));
        } catch (RuntimeException | OutOfMemoryError e) {
            // One pathological file must not end a batch of thousands.
            return new Outcome(null, file + ": cannot hash: " + e);
        }
    }

    private static void line(StringBuilder lines, String hex, int quality, String name) {
        lines.append(hex).append(',').append(quality).append(',').append(name).append('\n');
    }

    /** The lines for one file, or the message saying why there are none. */
    private record Outcome(String lines, String error) {
    }
}
