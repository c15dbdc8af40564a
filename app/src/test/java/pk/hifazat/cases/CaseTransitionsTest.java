package pk.hifazat.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.identity.StaffDirectory;

/** Each guard of a case's status refuses with what is missing, in English and Urdu, and lets it pass once that is there. */
@HifazatTest
class CaseTransitionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    StaffDirectory staff;

    CaseApi api;
    String officerId;

    @BeforeEach
    void signIn() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK623");
        officerId = staff.byUsername(officer).orElseThrow().id().toString();
        api = new CaseApi(mvc, SignIn.as(mvc, officer));
    }

    @Test
    void eachRefusedTransitionSaysWhatIsMissingUntilItIsThere() throws Exception {
        String number = api.open("Grooming through a game chat", "PK623", List.of(), null);

        refused(api.move(number, "PROSECUTION", null, null), "A case in Intake cannot move to Prosecution.", "استغاثہ");
        refused(api.move(number, "INVESTIGATING", null, null), "Investigating needs a lead officer.", "تفتیشی افسر");
        api.form("/cases/" + number + "/team", Map.of("lead", List.of(officerId)));
        refused(api.move(number, "INVESTIGATING", null, null), "Investigating needs at least one offence.", "جرم");
        api.form("/cases/" + number + "/team", Map.of("lead", List.of(officerId), "offences", List.of("PECA-22A")));
        moved(api.move(number, "INVESTIGATING", null, null), "INVESTIGATING");

        refused(api.move(number, "ACTION", null, null), "Action needs at least one suspect.", "مشتبہ");
        String suspect = api.addPerson(number, "SUSPECT", "Test Suspect", "PK");
        moved(api.move(number, "ACTION", null, null), "ACTION");

        refused(api.move(number, "PROSECUTION", null, null),
                "Prosecution needs at least one charged suspect (record a charge sheet naming them).", "چالان شدہ");
        assertThat(api.record(number, "CHARGE_SHEET", List.of(suspect)).getResponse().getStatus()).isEqualTo(200);
        moved(api.move(number, "PROSECUTION", null, null), "PROSECUTION");

        refused(api.move(number, "CLOSED", null, null),
                "Closing needs an outcome: convicted, acquitted, withdrawn or transferred.", "نتیجہ");
        refused(api.move(number, "CLOSED", "CONVICTED", null), "Closing as convicted needs a conviction on the timeline.", "سزا");
        refused(api.move(number, "CLOSED", "ACQUITTED", null), "Closing as acquitted needs an acquittal on the timeline.", "بریت");
        refused(api.move(number, "CLOSED", "WITHDRAWN", " "), "Closing as withdrawn or transferred needs a reason.", "وجہ");
        api.record(number, "CONVICTION", List.of(suspect));
        moved(api.move(number, "CLOSED", "CONVICTED", null), "CLOSED");

        refused(api.move(number, "INVESTIGATING", null, null), "Reopening a closed case needs a reason.", "وجہ");
        moved(api.move(number, "INVESTIGATING", null, "A second network member identified"), "INVESTIGATING");
    }

    @Test
    void onlyACaseInProsecutionClosesWithAVerdict() throws Exception {
        String number = api.open("Sextortion of a boy", "PK623", List.of("PECA-22"), officerId);
        refused(api.move(number, "CLOSED", "CONVICTED", null), "Only a case in prosecution can close as convicted or acquitted.",
                "استغاثہ");
        moved(api.move(number, "CLOSED", "TRANSFERRED", "Belongs to the Multan unit"), "CLOSED");
    }

    @Test
    void anArrestMustNameASuspectAndMakesThemArrested() throws Exception {
        String number = api.open("A raid", "PK623", List.of("PECA-22"), officerId);
        String witness = api.addPerson(number, "WITNESS", "A neighbour", "PK");
        MvcResult noSuspect = api.record(number, "ARREST", List.of(witness));
        assertThat(noSuspect.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(noSuspect).get("field").asString()).isEqualTo("persons");

        String suspect = api.addPerson(number, "SUSPECT", "Someone", "PK");
        api.record(number, "ARREST", List.of(suspect));
        var persons = CaseApi.json(api.get(CaseApi.CASES + "/" + number + "/persons"));
        String standing = null;
        for (var person : persons) {
            if (person.get("id").asString().equals(suspect)) {
                standing = person.get("standing").asString();
            }
        }
        assertThat(standing).isEqualTo("ARRESTED");
    }

    private static void refused(MvcResult result, String english, String urduWord) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(409);
        var problem = CaseApi.json(result);
        assertThat(problem.get("detail").asString()).isEqualTo(english);
        assertThat(problem.get("messages").get("en").asString()).isEqualTo(english);
        assertThat(problem.get("messages").get("ur").asString()).contains(urduWord);
    }

    private static void moved(MvcResult result, String status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(CaseApi.json(result).get("status").asString()).isEqualTo(status);
    }
}
