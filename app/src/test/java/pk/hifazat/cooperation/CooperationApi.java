package pk.hifazat.cooperation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pk.hifazat.cases.CaseApi;

/** The staff API of cooperation as a test drives it, signed in by a session (on top of the cases' one). */
final class CooperationApi {

    static final String REQUESTS = "/api/staff/v1/cooperation/requests";

    final CaseApi cases;

    CooperationApi(MockMvc mvc, MockHttpSession session) {
        this.cases = new CaseApi(mvc, session);
    }

    /** A Muzaffargarh case with a German suspect (a phone of his), a child and a seized laptop; answers its number. */
    String caseWithAForeignSuspect(String suspect, String child) throws Exception {
        String number = cases.open("Network led from abroad (test)", "PK623", List.of("PECA-22"), null);
        MvcResult added = cases.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "SUSPECT", "name", suspect,
                "nationality", "DE", "age", 52, "identifiers", List.of(Map.of("kind", "PHONE", "value", "+4915112345678"))));
        assertOk(added);
        assertOk(cases.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "VICTIM", "name", child,
                "nationality", "PK", "age", 8, "address", "House 7, Street 3, Muzaffargarh")));
        assertOk(cases.record(number, "RAID", List.of(CaseApi.json(added).get("id").asString())));
        assertOk(cases.post(CaseApi.CASES + "/" + number + "/evidence", Map.of("description", "Laptop (test)",
                "seizedAt", java.time.Instant.now().minusSeconds(7200).toString(), "seizedPlace", "Muzaffargarh",
                "seizedBy", "Raid officer (test)", "sha256", "ab".repeat(32) + "  stream.mp4")));
        return number;
    }

    /** The ids of the case's persons in a role. */
    List<String> persons(String number, String role) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (var person : CaseApi.json(cases.get(CaseApi.CASES + "/" + number + "/persons"))) {
            if (person.get("role").asString().equals(role)) {
                ids.add(person.get("id").asString());
            }
        }
        return ids;
    }

    MvcResult draft(String number, String country, List<String> persons, List<String> identifiers) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("caseNumber", number);
        body.put("kind", "FOREIGN_POLICE");
        body.put("country", country);
        body.put("agency", "Bundeskriminalamt (BKA)");
        body.put("legalBasis", "Police-to-police cooperation; PECA 2016 s.42");
        body.put("asked", "Identify the subscriber of the phone and any earlier records of the suspect.");
        body.put("dueOn", LocalDate.now().plusDays(30).toString());
        body.put("persons", persons);
        body.put("identifiers", identifiers);
        return cases.post(REQUESTS, body);
    }

    /** Drafts a request about the case's suspects and answers its id. */
    String drafted(String number) throws Exception {
        MvcResult result = draft(number, "DE", persons(number, "SUSPECT"), List.of("PHONE +4915112345678"));
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("drafting answered " + result.getResponse().getContentAsString());
        }
        return CaseApi.json(result).get("request").get("id").asString();
    }

    MvcResult move(String id, String to, String answer, String note) throws Exception {
        Map<String, String> body = new HashMap<>();
        body.put("to", to);
        body.put("answer", answer);
        body.put("note", note);
        return cases.post(REQUESTS + "/" + id + "/status", body);
    }

    MvcResult approve(String id) throws Exception {
        return cases.post(REQUESTS + "/" + id + "/approval", Map.of());
    }

    static void assertOk(MvcResult result) throws Exception {
        if (result.getResponse().getStatus() / 100 != 2) {
            throw new AssertionError(result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
        }
    }
}
