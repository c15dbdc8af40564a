package pk.hifazat.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.TableOwner;

/** A table whose sealed column is bound to another column than its id, re-sealed batch by batch. */
@HifazatTest
class SealedColumnsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    TableOwner owner;

    private JdbcTemplate jdbc;
    private SealedColumns notes;
    private final PersonalData.Key keyA = key();
    private final PersonalData.Key keyB = key();
    private final List<UUID[]> rows = new ArrayList<>();

    @BeforeEach
    void aTableOfNotesSealedToTheirChild() {
        jdbc = new JdbcTemplate(owner.dataSource());
        jdbc.execute("CREATE TABLE privacy_test_note (id uuid PRIMARY KEY, child_id uuid NOT NULL, note bytea)");
        notes = new SealedColumns("test: notes", jdbc, new TransactionTemplate(new DataSourceTransactionManager(owner.dataSource())),
                "privacy_test_note", "child_id", Map.of("note", "note"));
        PersonalData underA = new PersonalData(keyA, List.of());
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            UUID child = UUID.randomUUID();
            jdbc.update("INSERT INTO privacy_test_note VALUES (?, ?, ?)", id, child,
                    i == 0 ? null : underA.seal("note " + i, child, "note"));
            rows.add(new UUID[] {id, child});
        }
    }

    @AfterEach
    void dropIt() {
        jdbc.execute("DROP TABLE privacy_test_note");
    }

    @Test
    void everyRowIsReSealedBoundToItsOwnerAndCountedUntilNoneIsLeft() {
        PersonalData ring = new PersonalData(keyB, List.of(keyA));
        assertThat(notes.count()).isEqualTo(5);
        assertThat(notes.countUnderOtherKeys(keyB.fingerprint())).isEqualTo(OptionalLong.of(4));

        Optional<UUID> last = notes.resealAfter(null, 2, ring);
        assertThat(notes.countUnderOtherKeys(keyB.fingerprint()).getAsLong()).isBetween(2L, 3L);
        while (last.isPresent()) {
            last = notes.resealAfter(last.get(), 2, ring);
        }

        assertThat(notes.countUnderOtherKeys(keyB.fingerprint())).isEqualTo(OptionalLong.of(0));
        PersonalData alone = new PersonalData(keyB, List.of());
        for (UUID[] row : rows) {
            byte[] sealed = jdbc.queryForObject("SELECT note FROM privacy_test_note WHERE id = ?", byte[].class, row[0]);
            if (sealed != null) {
                assertThat(alone.open(sealed, row[1], "note")).startsWith("note ");
            }
        }
    }

    @Test
    void refusesNamesThatAreNotPlainSqlNames() {
        assertThatThrownBy(() -> new SealedColumns("x", jdbc, null, "report; DROP TABLE report", Map.of("raw", "raw")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SealedColumns("x", jdbc, null, "report", Map.of("raw, contact", "raw")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PersonalData.Key key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PersonalData.Key.of(key);
    }
}
