package pk.hifazat.intake;

import java.util.UUID;

/** Report JSON for tests: a complete, valid industry report with a fresh external id, and ways to spoil it. */
public final class SampleReports {

    private SampleReports() {
    }

    public static String externalId() {
        return "T-" + UUID.randomUUID();
    }

    /** A valid report naming 3 identifiers of a suspect (phone, e-mail, username) and 2 files. */
    public static String valid(String externalId) {
        return """
                {"externalReportId": "%s",
                 "incidentType": "ONLINE_ENTICEMENT",
                 "incidentTime": "2026-11-20T14:03:00+05:00",
                 "media": ["CHAT"],
                 "annotations": ["SEXTORTION", "GROOMING"],
                 "description": "A user asked a child for pictures and threatened to share them.",
                 "persons": [{"name": "Unknown", "accounts": [
                     {"platform": "Instagram", "screenName": "@Bad_Actor_99", "email": " Bad.Actor@Example.COM ",
                      "phone": "0300 1234567",
                      "ipCaptures": [{"ip": "2001:0DB8:0000:0000:0000:0000:0000:0001", "at": "2026-11-20T13:59:00Z", "event": "LOGIN"}]}]}],
                 "intendedRecipients": [{"accounts": [{"platform": "Instagram", "userId": "17841400000000001"}]}],
                 "victims": [{"ageMin": 11, "ageMax": 13, "gender": "FEMALE", "known": "Lives in Muzaffargarh"}],
                 "files": [{"fileName": "a.jpg", "md5": "D41D8CD98F00B204E9800998ECF8427E", "viewedByPlatform": true,
                            "publiclyAvailable": false, "classification": "A2", "annotations": ["POSSIBLE_SELF_PRODUCTION"]},
                           {"sha256": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                            "pdq": "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"}],
                 "location": {"country": "pk", "district": "Muzaffargarh", "latitude": 30.07, "longitude": 71.19}}
                """.formatted(externalId);
    }

    /**
     * A valid report of about {@code bytes} bytes (at least the valid one's), on one line: its victim
     * is described at length, in as many victims' notes as the text limit per note needs.
     */
    public static String large(String externalId, int bytes) {
        String line = line(externalId);
        StringBuilder victims = new StringBuilder();
        int note = 19_000;
        for (int left = bytes - line.length(); left > 0; left -= note + 40) {
            victims.append(",{\"age\": 12, \"known\": \"").append("seen online often. ".repeat(note / 19)).append("\"}");
        }
        return line.replace("\"known\": \"Lives in Muzaffargarh\"}", "\"known\": \"Lives in Muzaffargarh\"}" + victims);
    }

    /** The same report on one line, for NDJSON. */
    public static String line(String externalId) {
        return valid(externalId).replace("\n", " ");
    }
}
