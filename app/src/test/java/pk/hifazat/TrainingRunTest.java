package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launcher trains its start-up cache with a start that closes itself. The start must end on
 * its own, with 0, and leave nothing running: its throw-away database server included.
 */
class TrainingRunTest {

    @Test
    void aTrainingStartClosesItselfAndLeavesNoDatabaseServerRunning() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process start = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                HifazatApplication.class.getName(), "--hifazat.ephemeral=true", "--hifazat.training-run=true",
                "--server.port=0")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<ProcessHandle> started = new HashSet<>();
        while (start.isAlive() && !start.waitFor(200, TimeUnit.MILLISECONDS)) {
            start.descendants().forEach(started::add);
            assertThat(started.size()).as("processes the start made").isLessThan(1_000);
        }

        assertThat(start.exitValue()).isZero();
        assertThat(started).as("the throw-away database server was started").isNotEmpty();
        for (ProcessHandle process : started) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }
}
