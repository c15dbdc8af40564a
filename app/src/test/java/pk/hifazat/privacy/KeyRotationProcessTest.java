package pk.hifazat.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.hifazat.ChildApplication;

/**
 * The whole rotation on an embedded data folder, as an operator does it: {@code ./hifazat rotate-key},
 * then a restart, after which the running application re-seals the demo's reports and persons, and
 * deletes the retired key file; nothing is left that the old key opens.
 */
class KeyRotationProcessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path data;

    @TempDir
    Path outside;

    private ChildApplication application;

    @Test
    void afterRotateKeyAndARestartEveryRecordIsSealedWithTheNewKeyAndTheOldKeyFileIsGone() throws Exception {
        application = start("before.log", "--demo");
        awaitDemoPersons();
        application.stop();
        byte[] oldKey = keyIn("personal-data.key");

        assertThat(KeyRotationCommand.fromCommandLine(
                new String[] {"--hifazat.command=rotate-key", "--hifazat.data-dir=" + data}, Map.of())).isZero();
        byte[] newKey = keyIn("personal-data.key");
        assertThat(keyIn("personal-data.previous.key")).isEqualTo(oldKey);

        application = start("after.log");
        application.awaitLine(Pattern.compile("Re-seal of personal data finished: (\\d+) rows re-sealed, 0 left"), PATIENCE);

        assertThat(data.resolve("keys/personal-data.previous.key")).doesNotExist();
        PersonalData newAlone = new PersonalData(PersonalData.Key.of(newKey), List.of());
        PersonalData oldAlone = new PersonalData(PersonalData.Key.of(oldKey), List.of());
        try (Connection db = database()) {
            assertThat(count(db, "SELECT count(*) FROM case_person WHERE substring(name_sealed from 2 for 4) <> ?", newKey)).isZero();
            assertThat(count(db, "SELECT count(*) FROM report WHERE substring(normalised from 2 for 4) <> ? "
                    + "OR substring(raw from 2 for 4) <> ?", newKey)).isZero();
            try (ResultSet persons = db.createStatement().executeQuery("SELECT id, name_sealed FROM case_person")) {
                int read = 0;
                while (persons.next()) {
                    UUID id = persons.getObject(1, UUID.class);
                    byte[] sealed = persons.getBytes(2);
                    assertThat(newAlone.open(sealed, id, "name")).isNotBlank();
                    assertThatThrownBy(() -> oldAlone.open(sealed, id, "name")).isInstanceOf(SealBrokenException.class);
                    read++;
                }
                assertThat(read).isPositive();
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.stop();
        }
    }

    private ChildApplication start(String log, String... extra) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=" + ChildApplication.freePort(),
                "--hifazat.data-dir=" + data, "--hifazat.audit.checkpoint-file=" + outside.resolve("checkpoints.log")));
        arguments.addAll(List.of(extra));
        return ChildApplication.start(outside.resolve(log), List.of("-Xmx512m"), arguments.toArray(String[]::new));
    }

    private void awaitDemoPersons() throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            if (Files.exists(data.resolve("postgres/postmaster.pid"))) {
                try (Connection db = database()) {
                    if (count(db, "SELECT count(*) FROM case_person", null) > 0 && count(db, "SELECT count(*) FROM report", null) > 0) {
                        return;
                    }
                } catch (java.sql.SQLException notYet) {
                    // the server or the schema is not there yet
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The demo's persons and reports did not appear");
    }

    private static long count(Connection db, String sql, byte[] key) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setBytes(i, java.nio.ByteBuffer.allocate(4).putInt(PersonalData.fingerprintOf(key)).array());
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private byte[] keyIn(String file) throws Exception {
        return Base64.getDecoder().decode(Files.readString(data.resolve("keys").resolve(file)).strip());
    }

    private Connection database() throws Exception {
        List<String> pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
        String password = Files.readString(data.resolve("keys/database-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", password);
    }
}
