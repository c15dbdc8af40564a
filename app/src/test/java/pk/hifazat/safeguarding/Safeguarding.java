package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.springframework.test.web.servlet.MvcResult;

import pk.hifazat.cases.CaseApi;
import tools.jackson.databind.JsonNode;

/** Safeguarding's staff API as a test drives it, on top of the cases' one (same session). */
final class Safeguarding {

    static final String BASE = "/api/staff/v1/safeguarding";

    private final CaseApi api;

    Safeguarding(CaseApi api) {
        this.api = api;
    }

    CaseApi api() {
        return api;
    }

    /** A case in Muzaffargarh with this many victims, once safeguarding has a record of each; answers the case number. */
    String caseWithChildren(String title, int children) throws Exception {
        String number = api.open(title, "PK623", List.of(), null);
        for (int i = 1; i <= children; i++) {
            api.addPerson(number, "VICTIM", "Test Child " + i + " of " + title, "PK");
        }
        awaitChildren(number, children);
        return number;
    }

    JsonNode awaitChildren(String number, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MvcResult result = api.get(BASE + "/cases/" + number);
                    return result.getResponse().getStatus() == 200 ? CaseApi.json(result) : null;
                }, overview -> overview != null && overview.get("children").size() == count);
    }

    JsonNode overview(String number) throws Exception {
        return CaseApi.json(api.get(BASE + "/cases/" + number));
    }

    /** The ids of the case's children, in pseudonym order. */
    List<String> children(String number) throws Exception {
        List<String> ids = new ArrayList<>();
        overview(number).get("children").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    MvcResult safeguard(String number, List<String> children, LocalDate on) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("children", children);
        body.put("on", on.toString());
        body.put("place", "Muzaffargarh");
        body.put("officers", List.of());
        return api.post(BASE + "/cases/" + number + "/safeguard", body);
    }

    MvcResult refer(String number, List<String> children, String office, LocalDate on) throws Exception {
        return api.post(BASE + "/cases/" + number + "/refer", Map.of("children", children, "office", office,
                "on", on.toString(), "note", "Referred by a test"));
    }

    static void ok(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }
}
