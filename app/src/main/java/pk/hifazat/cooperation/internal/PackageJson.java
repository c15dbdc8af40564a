package pk.hifazat.cooperation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import pk.hifazat.cases.CaseDossier;

/**
 * A case package as a JSON document. Written field by field from the package, so that a part the
 * officer did not choose has no key at all, and a person never carries identifiers unless that part
 * was chosen too.
 */
final class PackageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PackageJson() {
    }

    static byte[] write(CasePackage pack) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("sender", pack.sender());
        document.put("preparedBy", pack.preparedBy());
        document.put("preparedAt", pack.preparedAt().toString());
        document.put("request", pack.request());
        document.put("approval", pack.approval());
        document.put("included", pack.included());
        document.put("leftOut", pack.leftOut());
        if (pack.has(PackagePart.SUMMARY)) {
            CasePackage.Summary s = pack.summary();
            document.put("summary", ordered("caseNumber", pack.request().caseNumber(), "title", s.title(), "status", s.status(),
                    "district", s.district(), "unit", s.unit(), "openedAt", s.openedAt().toString(), "offences", s.offences()));
        }
        if (pack.has(PackagePart.PERSONS)) {
            document.put("persons", pack.persons().stream().map(PackageJson::person).toList());
        }
        if (pack.has(PackagePart.IDENTIFIERS)) {
            document.put("identifiers", pack.identifiers());
        }
        if (pack.has(PackagePart.TIMELINE)) {
            document.put("timeline", pack.timeline().stream().map(e -> ordered("occurredOn", e.occurredOn().toString(),
                    "kind", e.kind().name(), "place", e.place(), "note", e.note(), "persons", e.persons())).toList());
        }
        if (pack.has(PackagePart.EVIDENCE)) {
            document.put("evidence", pack.evidence().stream().map(PackageJson::evidence).toList());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** A person by role: a child by pseudonym, age and nationality only. */
    private static Map<String, Object> person(CaseDossier.Person p) {
        return p.victim()
                ? ordered("pseudonym", p.pseudonym(), "role", p.role().name(), "standing", p.standing(), "age", p.age(),
                "nationality", p.nationality())
                : ordered("pseudonym", p.pseudonym(), "name", p.name(), "role", p.role().name(), "standing", p.standing(),
                "age", p.age(), "gender", p.gender(), "nationality", p.nationality());
    }

    private static Map<String, Object> evidence(CaseDossier.Evidence e) {
        return ordered("label", e.label(), "description", e.description(), "seizedAt", e.seizedAt().toString(),
                "seizedPlace", e.seizedPlace(), "holder", e.holder(),
                "files", e.files(),
                "custody", e.custody().stream().map(c -> ordered("position", c.position(), "from", c.from(), "to", c.to(),
                        "handedAt", c.handedAt().toString(), "reason", c.reason())).toList());
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
