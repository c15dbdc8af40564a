package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hifazat started as a process of its own, for the tests that kill it, restart it or run a command
 * beside it: on the test class path, with a persistent (not throw-away) database, its output in a
 * log file the test reads.
 */
public final class ChildApplication {

    private final Process process;
    private final Path log;

    private ChildApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts it with these JVM options (before the class) and application arguments (after it). */
    public static ChildApplication start(Path log, List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dhifazat.ephemeral=false",
                "-cp", System.getProperty("java.class.path"), HifazatApplication.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildApplication(process, log);
    }

    /** Waits until the pattern appears in the file (its own log when none is named), failing if it dies first. */
    public Matcher awaitLine(Path file, Pattern pattern, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return matcher;
                }
            }
            assertThat(process.isAlive()).as("the application is running; see " + log).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing matched " + pattern + " in " + file + " within " + patience);
    }

    public Matcher awaitLine(Pattern pattern, Duration patience) throws Exception {
        return awaitLine(log, pattern, patience);
    }

    public Process process() {
        return process;
    }

    /** Stops it as SIGTERM would, and forcibly if it has not ended within a minute. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
