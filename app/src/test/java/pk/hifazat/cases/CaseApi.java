package pk.hifazat.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The staff API of cases as a test drives it, signed in by a session. */
public final class CaseApi {

    public static final String CASES = "/api/staff/v1/cases";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final MockHttpSession session;

    public CaseApi(MockMvc mvc, MockHttpSession session) {
        this.mvc = mvc;
        this.session = session;
    }

    public MvcResult post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).session(session)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))).andReturn();
    }

    public MvcResult get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).session(session)).andReturn();
    }

    public MvcResult form(String path, Map<String, List<String>> fields) throws Exception {
        var request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
        fields.forEach((k, v) -> request.param(k, v.toArray(String[]::new)));
        return mvc.perform(request).andReturn();
    }

    public static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Opens a case in a district (PK623 is Muzaffargarh) and answers its number. */
    public String open(String title, String district, List<String> offences, String lead) throws Exception {
        MvcResult result = post(CASES, Map.of("title", title, "district", district, "offences", offences,
                "lead", lead == null ? "" : lead));
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("opening answered " + result.getResponse().getStatus() + ": "
                    + result.getResponse().getContentAsString());
        }
        return json(result).get("summary").get("number").asString();
    }

    public String addPerson(String number, String role, String name, String nationality) throws Exception {
        MvcResult result = post(CASES + "/" + number + "/persons", Map.of("role", role, "name", name,
                "nationality", nationality == null ? "" : nationality));
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError("adding a person answered " + result.getResponse().getContentAsString());
        }
        return json(result).get("id").asString();
    }

    public MvcResult record(String number, String kind, List<String> persons) throws Exception {
        return post(CASES + "/" + number + "/events", Map.of("kind", kind, "occurredOn", java.time.LocalDate.now().minusDays(1).toString(),
                "persons", persons));
    }

    public MvcResult move(String number, String to, String outcome, String reason) throws Exception {
        var body = new java.util.HashMap<String, String>();
        body.put("to", to);
        body.put("outcome", outcome);
        body.put("reason", reason);
        return post(CASES + "/" + number + "/status", body);
    }
}
