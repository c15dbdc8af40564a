package pk.hifazat.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** Persons across cases: roles, a foreign national, sealed details, possible duplicates, merges and their undoing. */
@HifazatTest
class CasePersonsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aForeignNationalMarksTheCaseForInternationalCooperation() throws Exception {
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = api.open("Network led from abroad", "PK623", List.of("PECA-22B"), null);
        api.addPerson(number, "SUSPECT", "Local Helper", "PK");
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/" + number)).get("summary").get("international").asBoolean()).isFalse();
        api.addPerson(number, "SUSPECT", "Klaus Beispiel", "DE");
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/" + number)).get("summary").get("international").asBoolean()).isTrue();
    }

    @Test
    void aChildIsRecordedWithTheAbusersRelationshipAndThePlaceWhichNoOtherRoleHas() throws Exception {
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = api.open("Abuse by a neighbour", "PK623", List.of("PPC-377A"), null);

        var child = api.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "VICTIM", "name", "Sana Testchild",
                "age", 9, "relationship", "neighbour", "place", "FIELDS"));
        assertThat(child.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT r.relationship || ' ' || r.place FROM case_person_role r JOIN case_file f ON f.id = r.case_id
                WHERE f.number = ? AND r.role = 'VICTIM'""").param(number).query(String.class).single())
                .isEqualTo("NEIGHBOUR FIELDS");

        var suspect = api.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "SUSPECT", "name", "Some Neighbour",
                "relationship", "NEIGHBOUR"));
        assertThat(suspect.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(suspect).toString()).contains("relationship").contains("Only a child");
        var unknown = api.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "VICTIM", "name", "Another Child",
                "place", "MOON"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(unknown).toString()).contains("place");
        assertThat(jdbc.sql("SELECT count(*) FROM case_person_role r JOIN case_file f ON f.id = r.case_id WHERE f.number = ?")
                .param(number).query(Integer.class).single()).as("nothing half-saved").isEqualTo(1);
    }

    @Test
    void aParentIsGuardianInOneCaseAndSuspectInAnotherAndAVictimsNameIsSealedAndShownByPseudonym() throws Exception {
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String first = api.open("Child A", "PK623", List.of(), null);
        String second = api.open("Child B", "PK623", List.of(), null);
        String child = api.addPerson(first, "VICTIM", "Zainab Testchild", "PK");
        String parent = api.addPerson(first, "GUARDIAN", "Rashid Testparent", "PK");
        assertThat(api.post(CaseApi.CASES + "/" + second + "/persons", Map.of("role", "SUSPECT", "existing", parent))
                .getResponse().getStatus()).isEqualTo(200);

        var person = CaseApi.json(api.get(CaseApi.CASES + "/persons/" + parent));
        assertThat(person.get("roles").toString()).contains("GUARDIAN", "SUSPECT", first, second);

        var lines = CaseApi.json(api.get(CaseApi.CASES + "/" + first + "/persons")).toString();
        assertThat(lines).doesNotContain("Zainab").contains("P-");
        assertThat(api.get("/cases/" + first).getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Zainab");
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/persons/" + child)).toString()).doesNotContain("Zainab");
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/persons/" + child + "?reveal=true")).toString()).contains("Zainab");

        byte[] sealed = jdbc.sql("SELECT name_sealed FROM case_person WHERE id = ?").param(UUID.fromString(child))
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Zainab");
    }

    @Test
    void aPersonWithTheSameIdentifierOrANameInTheOtherScriptIsSuggestedAndMergedWithAReasonAndTheMergeUndone() throws Exception {
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = api.open("Duplicates", "PK623", List.of(), null);
        String phone = "0300" + (1000000 + new java.util.Random().nextInt(8999999));
        String one = id(api.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "SUSPECT", "name", "Imran Qureshi",
                "identifiers", List.of(Map.of("kind", "PHONE", "value", phone)))));
        String two = id(api.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "ASSOCIATE", "name", "I. Q.",
                "identifiers", List.of(Map.of("kind", "PHONE", "value", "+92 " + phone.substring(1))))));
        String three = api.addPerson(number, "WITNESS", "عمران قریشی", "PK");

        String suggestions = CaseApi.json(api.get(CaseApi.CASES + "/persons/" + one)).get("duplicates").toString();
        assertThat(suggestions).contains(two, three);

        var noReason = api.form("/cases/persons/" + one + "/merge", Map.of("other", List.of(two), "reason", List.of("")));
        assertThat(noReason.getFlashMap().get("problem").toString()).contains("required");
        api.form("/cases/persons/" + one + "/merge", Map.of("other", List.of(two), "reason", List.of("Same phone, same man")));
        var merged = CaseApi.json(api.get(CaseApi.CASES + "/persons/" + one));
        assertThat(merged.get("roles").toString()).contains("ASSOCIATE");
        String mergeId = merged.get("merges").get(0).get("id").asString();

        api.form("/cases/merges/" + mergeId + "/undo", Map.of("reason", List.of("Brothers sharing a phone"), "person", List.of(one)));
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/persons/" + one)).get("roles").toString()).doesNotContain("ASSOCIATE");
        assertThat(CaseApi.json(api.get(CaseApi.CASES + "/persons/" + two)).get("roles").toString()).contains("ASSOCIATE");
    }

    private static String id(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return CaseApi.json(result).get("id").asString();
    }
}
