package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TableOwner;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;
import pk.hifazat.privacy.SealBrokenException;
import pk.hifazat.privacy.SealedRecords;

/** Key rotation re-seals every sealed row of safeguarding: afterwards the new key opens them and the old one none. */
@HifazatTest
class SealedRecordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TableOwner owner;

    @Autowired
    PersonalData current;

    @Autowired
    List<SealedRecords> sealed;

    @Test
    void rotationReSealsEveryChildsDetailsCarePlanAndMissingRecordUnderTheNewKey() throws Exception {
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"))));
        String number = sg.caseWithChildren("Rotation", 1);
        String child = sg.children(number).getFirst();
        sg.api().form("/safeguarding/children/" + child + "/details", Map.of("name", List.of("Rotated Testname")));
        var supervisor = new CaseApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6")));
        Safeguarding.ok(supervisor.post(Safeguarding.BASE + "/missing", Map.of("kind", "MISSING", "age", 9, "district", "PK622",
                "place", "Near the bus stand", "lastSeenAt", LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(1) + "T18:30",
                "name", "Missing Testname")));

        List<SealedRecords> ours = sealed.stream().filter(s -> s.name().startsWith("safeguarding:")).toList();
        assertThat(ours).extracting(SealedRecords::name).contains("safeguarding: children", "safeguarding: photographs",
                "safeguarding: care goals", "safeguarding: follow-ups", "safeguarding: missing children");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersonalData next = new PersonalData(AesGcm.of(key), PersonalData.fingerprintOf(key));
        try {
            rotate(ours, current, next);
            byte[] name = owner.jdbc().sql("SELECT name_sealed FROM safeguarding_child WHERE id = ?").param(UUID.fromString(child))
                    .query(byte[].class).single();
            assertThat(next.open(name, UUID.fromString(child), "name")).isEqualTo("Rotated Testname");
            assertThatThrownBy(() -> current.open(name, UUID.fromString(child), "name")).isInstanceOf(SealBrokenException.class);
            for (String table : List.of("safeguarding_child", "safeguarding_missing")) {
                assertThat(owner.jdbc().sql("SELECT count(*) FROM " + table + " WHERE substring(name_sealed from 2 for 4) = ?")
                        .param(java.nio.ByteBuffer.allocate(4).putInt(PersonalData.fingerprintOf(key)).array()).query(Long.class).single())
                        .as(table + " under the new key").isEqualTo(owner.jdbc().sql("SELECT count(*) FROM " + table
                                + " WHERE name_sealed IS NOT NULL").query(Long.class).single());
            }
            rotate(ours, current, next);
        } finally {
            rotate(ours, next, current);
        }
        assertThat(CaseApi.json(sg.api().post(Safeguarding.BASE + "/children/" + child + "/reveal",
                Map.of("reason", "Checking the rotation back"))).get("details").get("name").asString()).isEqualTo("Rotated Testname");
    }

    /** Re-seals every row from one key to the other, a small batch at a time; a field already under {@code to} is left. */
    private static void rotate(List<SealedRecords> tables, PersonalData from, PersonalData to) {
        String target = to.keyFingerprint();
        for (SealedRecords table : tables) {
            assertThat(table.count()).isGreaterThanOrEqualTo(0);
            Optional<UUID> after = Optional.empty();
            do {
                after = table.resealAfter(after.orElse(null), 7, (bytes, id, field) -> {
                    if (bytes == null || java.util.HexFormat.of().formatHex(bytes, 1, 5).equals(target)) {
                        return bytes;
                    }
                    return to.seal(from.open(bytes, id, field), id, field);
                });
            } while (after.isPresent());
        }
    }
}
