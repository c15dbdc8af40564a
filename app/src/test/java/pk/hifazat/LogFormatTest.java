package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import tools.jackson.databind.json.JsonMapper;

/** {@code HIFAZAT_LOG_FORMAT=json} makes every console line a JSON object; anything but json or text is refused. */
class LogFormatTest {

    @TempDir
    Path dataDir;

    private ChildApplication application;

    @Test
    void jsonMakesEveryConsoleLineAJsonObject() throws Exception {
        Path log = dataDir.resolve("console.log");
        application = ChildApplication.start(log, List.of("-D" + LogFormat.VARIABLE + "=json"),
                "--server.port=" + ChildApplication.freePort(), "--hifazat.data-dir=" + dataDir.resolve("data"),
                "--hifazat.audit.checkpoint-file=" + dataDir.resolve("checkpoints.log"));
        application.awaitLine(Pattern.compile("Started HifazatApplication"), Duration.ofSeconds(120));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("\"@timestamp\"")).toList();
        assertThat(lines).hasSizeGreaterThan(3);
        var json = JsonMapper.builder().build();
        for (String line : lines) {
            assertThat(json.readTree(line).path("message").isString()).as(line).isTrue();
        }
    }

    @Test
    void refusesAFormatItDoesNotKnow() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(LogFormat.VARIABLE, "xml")));
        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("HIFAZAT_LOG_FORMAT is json or text");
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.stop();
        }
    }
}
