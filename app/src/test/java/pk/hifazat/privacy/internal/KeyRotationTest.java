package pk.hifazat.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.database.ExclusiveJobs;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.privacy.PersonalData;
import pk.hifazat.privacy.SealBrokenException;
import pk.hifazat.privacy.SealedRecords;

/**
 * A rotation re-seals reports, additions and persons while the application runs. Every run walks
 * the shared test database, so each test ends by rotating every row back under the shared
 * context's own key, which the other tests go on using.
 */
@HifazatTest
class KeyRotationTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Each sealed table of this test's rows, with its sealed columns and the field each was sealed as. */
    private static final Map<String, Map<String, String>> TABLES = Map.of(
            "report", Map.of("raw", "raw", "normalised", "normalised", "contact", "contact"),
            "report_addition", Map.of("raw", "raw", "normalised", "normalised", "contact", "contact"),
            "case_person", Map.of("name_sealed", "name", "aliases_sealed", "aliases", "birth_sealed", "birth",
                    "address_sealed", "address"));

    @Autowired
    KeyRotation rotation;

    @Autowired
    PersonalData application;

    @Autowired
    List<SealedRecords> records;

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExclusiveJobs jobs;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    TestUsers users;

    private final PersonalData.Key keyA = randomKey();
    private final PersonalData.Key keyB = randomKey();
    private final Map<String, List<UUID>> mine = new HashMap<>();

    @BeforeEach
    void sealReportsAdditionsAndPersons() throws Exception {
        List<UUID> reports = new ArrayList<>();
        Receipt first = null;
        for (int i = 0; i < 3; i++) {
            Receipt receipt = intake.submitTip(tip("Rotation test tip " + i + ": he messages my sister"),
                    new ReporterContact("Reporter " + i, null, "0300765432" + i));
            reports.add(receipt.report().value());
            first = first == null ? receipt : first;
        }
        UUID addition = intake.addInformation(first.code(), tip("More about the first tip"), null).orElseThrow().value();
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = api.open("Rotation test case", "PK623", List.of(), null);
        mine.put("report", reports);
        mine.put("report_addition", List.of(addition));
        mine.put("case_person", List.of(UUID.fromString(api.addPerson(number, "VICTIM", "Rotation Testchild", "PK")),
                UUID.fromString(api.addPerson(number, "GUARDIAN", "Rotation Testparent", "PK"))));
    }

    @AfterEach
    void everyRowBackUnderTheApplicationsKey() {
        ResealRun back = rotation.runNow("test", application.alsoOpening(List.of(keyA, keyB)), 200, () -> false);
        assertThat(back.state()).isEqualTo(ResealRun.State.FINISHED);
    }

    @Test
    void aRotationReSealsEveryRecordAndTheOldKeyNoLongerOpensAny() {
        Map<String, String> before = opened(application);
        assertThat(rotation.runNow("test", application.rotatedTo(keyA), 200, () -> false).state())
                .isEqualTo(ResealRun.State.FINISHED);
        PersonalData newKeyWithOld = new PersonalData(keyB, List.of(keyA));

        ResealRun run = rotation.runNow("test", newKeyWithOld, 200, () -> false);

        assertThat(run.state()).isEqualTo(ResealRun.State.FINISHED);
        assertThat(run.parts()).extracting(ResealRun.Part::name).contains("intake: reports", "intake: additions", "cases: persons");
        assertThat(run.parts()).allSatisfy(part -> assertThat(part.done()).isEqualTo(part.total()));
        assertThat(records).allSatisfy(r -> assertThat(r.countUnderOtherKeys(keyB.fingerprint())).isEqualTo(OptionalLong.of(0)));
        assertThat(fingerprints()).isNotEmpty().containsOnly(keyB.fingerprint());
        assertThat(opened(new PersonalData(keyB, List.of()))).isEqualTo(before);
        PersonalData oldKeyAlone = new PersonalData(keyA, List.of());
        forEachSealedField((sealed, owner, field) ->
                assertThatThrownBy(() -> oldKeyAlone.open(sealed, owner, field)).isInstanceOf(SealBrokenException.class));
    }

    @Test
    void aRotationStoppedHalfWayCarriesOnWhereItIsRunAgain() {
        PersonalData toA = application.rotatedTo(keyA);
        AtomicInteger batches = new AtomicInteger();

        ResealRun stopped = rotation.runNow("test", toA, 2, () -> batches.incrementAndGet() > 2);

        assertThat(stopped.state()).isEqualTo(ResealRun.State.STOPPED);
        assertThat(stopped.resealed()).isPositive();
        assertThat(stillUnderOtherKeys(keyA)).isPositive();

        ResealRun resumed = rotation.runNow("test", toA, 2, () -> false);

        assertThat(resumed.state()).isEqualTo(ResealRun.State.FINISHED);
        assertThat(stillUnderOtherKeys(keyA)).isZero();
        assertThat(resumed.parts().getFirst().total()).isEqualTo(resumed.parts().getFirst().done());
        assertThat(fingerprints()).containsOnly(keyA.fingerprint());
    }

    @Test
    void anotherInstanceRunningTheReSealMakesThisOneWait() {
        // The job's lock is held here as if another instance were re-sealing.
        var elsewhere = new ArrayList<ResealRun>();
        rotation.runNow("test", application, 200, () -> {
            elsewhere.add(rotation.runNow("test", application.rotatedTo(keyA), 200, () -> false));
            return true;
        });

        assertThat(elsewhere).singleElement().extracting(ResealRun::state).isEqualTo(ResealRun.State.RUNNING_ELSEWHERE);
        assertThat(fingerprints()).containsOnly(application.currentFingerprint());
    }

    @Test
    void aFinishedReSealWithNothingLeftUnderTheOldKeyDeletesTheRetiredKeyFile(@TempDir Path keys) throws Exception {
        Path retired = Files.writeString(keys.resolve("personal-data.previous.key"), "old key\n");
        var withKeyFile = new KeyRotation(application, records, jobs, audit, new RetiredKeyFile(Optional.of(retired)), clock);

        assertThat(withKeyFile.runNow("test", application, 200, () -> true).state()).isEqualTo(ResealRun.State.STOPPED);
        assertThat(retired).exists();
        assertThat(withKeyFile.runNow("test", application, 200, () -> false).state()).isEqualTo(ResealRun.State.FINISHED);
        assertThat(retired).doesNotExist();
    }

    private long stillUnderOtherKeys(PersonalData.Key key) {
        return records.stream().mapToLong(r -> r.countUnderOtherKeys(key.fingerprint()).orElseThrow()).sum();
    }

    /** The key fingerprints this test's sealed fields name. */
    private List<Integer> fingerprints() {
        List<Integer> found = new ArrayList<>();
        forEachSealedField((sealed, owner, field) -> found.add(ByteBuffer.wrap(sealed, 1, 4).getInt()));
        return found;
    }

    private Map<String, String> opened(PersonalData keys) {
        Map<String, String> plain = new HashMap<>();
        forEachSealedField((sealed, owner, field) -> plain.put(owner + "/" + field, keys.open(sealed, owner, field)));
        return plain;
    }

    private interface SealedField {
        void accept(byte[] sealed, UUID owner, String field);
    }

    private void forEachSealedField(SealedField action) {
        mine.forEach((table, ids) -> TABLES.get(table).forEach((column, field) ->
                jdbc.sql("SELECT id, " + column + " FROM " + table + " WHERE id IN (:ids) AND " + column + " IS NOT NULL")
                        .param("ids", ids)
                        .query((rs, n) -> {
                            action.accept(rs.getBytes(2), rs.getObject(1, UUID.class), field);
                            return n;
                        }).list()));
    }

    private static ReportContent tip(String description) {
        return new ReportContent(null, null, null, null, null, null, null, description,
                List.of(new Person("A stranger", List.of(), null, null)), null, null, List.of(), null);
    }

    private static PersonalData.Key randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PersonalData.Key.of(key);
    }
}
