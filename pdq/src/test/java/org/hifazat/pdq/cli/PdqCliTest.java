package org.hifazat.pdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.ReferenceVectors.Vector;

class PdqCliTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    private static Run pdq(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PdqCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Vector vector(String stem, HashMode mode) {
        return ReferenceVectors.of(mode).stream().filter(v -> v.stem().equals(stem)).findFirst().orElseThrow();
    }

    private Path copy(String stem, Path folder) throws IOException {
        Vector v = vector(stem, HashMode.CORE);
        Files.createDirectories(folder);
        Path source = v.original();
        return Files.copy(source, folder.resolve(source.getFileName()));
    }

    @Test
    void hashPrintsHashQualityAndPathForEveryImageInAFolderRecursively() throws IOException {
        Path wee = copy("wee", dir);
        Path q0122 = copy("q0122", dir.resolve("b"));
        Path flat = copy("synthetic-flat-300x200", dir.resolve("a/deeper"));
        Files.writeString(dir.resolve("notes.txt"), "not an image");

        Run run = pdq("hash", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly(
                line(vector("synthetic-flat-300x200", HashMode.CORE), flat),
                line(vector("q0122", HashMode.CORE), q0122),
                line(vector("wee", HashMode.CORE), wee));
    }

    @Test
    void hashGivesTheSameLinesWithEitherJpegDecoderAndRefusesAnUnknownOne() throws IOException {
        Path bridge = copy("bridge-1-original", dir);
        Path wee = copy("wee", dir);

        Run jdk = pdq("hash", "--jpeg-decoder", "jdk", bridge.toString(), wee.toString());
        Run auto = pdq("hash", bridge.toString(), wee.toString());
        Run bogus = pdq("hash", "--jpeg-decoder", "fastest", bridge.toString());

        assertThat(jdk.exitCode()).isZero();
        assertThat(jdk.lines()).containsExactly(line(vector("bridge-1-original", HashMode.CORE), bridge),
                line(vector("wee", HashMode.CORE), wee));
        assertThat(auto.lines()).isEqualTo(jdk.lines());
        assertThat(bogus.exitCode()).isEqualTo(2);
        assertThat(bogus.err()).contains("--jpeg-decoder must be auto, turbojpeg or jdk, not \"fastest\"");
    }

    @Test
    void hashNamesAnUnreadableFileOnStderrExitsOneAndStillHashesTheRest() throws IOException {
        Path good = copy("q0746", dir);
        byte[] whole = Files.readAllBytes(vector("q0122", HashMode.CORE).original());
        Path broken = Files.write(dir.resolve("broken.jpg"), Arrays.copyOf(whole, whole.length / 3));
        Path missing = dir.resolve("missing.png");

        Run run = pdq("hash", broken.toString(), good.toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(line(vector("q0746", HashMode.CORE), good));
        assertThat(run.err()).contains("error: " + broken + ": ").contains("error: " + missing + ": no such file")
                .contains("2 inputs failed");
    }

    @Test
    void hashWithDihedralAddsTheSevenVariantsAsNamedLines() throws IOException {
        Path image = copy("pen-and-coaster", dir);
        Vector v = vector("pen-and-coaster", HashMode.CORE);

        Run run = pdq("hash", "--dihedral", image.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(8);
        assertThat(run.lines().getFirst()).isEqualTo(line(v, image));
        for (Dihedral d : Dihedral.values()) {
            String name = d == Dihedral.ORIGINAL ? image.toString() : image + "#" + d.label();
            assertThat(run.lines()).contains(v.dihedral().get(d) + "," + v.quality() + "," + name);
        }
    }

    @Test
    void hashInCliModeSquashesLargeImagesAsMetasTool() throws IOException {
        Vector cli = vector("bridge-1-original", HashMode.CLI);
        Path png = Files.copy(cli.decodedPng(), dir.resolve("bridge.png"));

        Run run = pdq("hash", "--cli-mode", png.toString());

        assertThat(run.lines()).containsExactly(cli.hash() + "," + cli.quality() + "," + png);
    }

    @Test
    void matchFindsRotatedCopiesWithDihedralAndSkipsLowQualityHashes(@TempDir Path images) throws IOException {
        Path original = copy("bridge-1-original", images);
        copy("q0003", images);
        copy("q0746", images);
        Path index = dir.resolve("index.csv");
        Files.writeString(index, pdq("hash", images.toString()).out());
        Path rotated = copy("bridge-2-rotate-90", dir.resolve("queries"));

        Run plain = pdq("match", "--index", index.toString(), rotated.toString());
        Run dihedral = pdq("match", "--index", index.toString(), "--dihedral", rotated.toString());
        Run hashQueries = pdq("match", "--index", index.toString(), "--radius", "0", index.toString());
        Run withLowQuality = pdq("match", "--index", index.toString(), "--radius", "0", "--quality-floor", "0",
                index.toString());

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).isEmpty();
        assertThat(dihedral.lines()).containsExactly(rotated + "," + original + ",0");
        assertThat(hashQueries.lines()).hasSize(2).allSatisfy(l -> assertThat(l).endsWith(",0"));
        assertThat(withLowQuality.lines()).hasSize(3);
    }

    @Test
    void matchReadsBareHashesAsQueries() throws IOException {
        Vector v = vector("wee", HashMode.CORE);
        Path index = Files.writeString(dir.resolve("bank.txt"), v.hash() + ",100,known-wee\n");
        Path queries = Files.writeString(dir.resolve("queries.txt"), v.hash() + "\n" + "0".repeat(64) + "\n");

        Run run = pdq("match", "--index", index.toString(), queries.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).containsExactly(v.hash() + ",known-wee,0");
    }

    @Test
    void matchNamesTheLineOfABadIndexFile() throws IOException {
        Path index = Files.writeString(dir.resolve("bad.csv"), "0".repeat(64) + ",90,a\nnot-a-hash,90,b\n");

        Run run = pdq("match", "--index", index.toString(), index.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(index + " line 2: ");
    }

    @Test
    void everyCommandPrintsHelp() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"hash", "--help"},
                new String[] {"match", "--help"}, new String[] {"help", "match"})) {
            Run run = pdq(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).contains("Usage: pdq");
        }
        assertThat(pdq("hash", "--help").out()).contains("--dihedral").contains("--cli-mode");
        assertThat(pdq("match", "--help").out()).contains("--index").contains("--radius");
    }

    @Test
    void rejectsMissingCommandsAndArgumentsWithUsageExitCode() {
        assertThat(pdq().exitCode()).isEqualTo(2);
        assertThat(pdq("hash").exitCode()).isEqualTo(2);
        assertThat(pdq("match", "x.jpg").err()).contains("--index");
        assertThat(pdq("match", "--index", "i.csv", "--radius", "300", "q.jpg").exitCode()).isEqualTo(2);
    }

    private static String line(Vector v, Path path) {
        return v.hash() + "," + v.quality() + "," + path;
    }
}
