package pk.hifazat.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.OpenCases;
import pk.hifazat.identifiers.Identifier;

/** {@link OpenCases} over the persons' identifiers, their roles and the cases' status. */
@Component
class OpenCasesOfPersons implements OpenCases {

    private final JdbcClient jdbc;

    OpenCasesOfPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Identifier> withVictimsNotYetSafe(Collection<Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return Set.of();
        }
        Map<String, Identifier> byKey = new HashMap<>();
        identifiers.forEach(i -> byKey.put(key(i.kind().name(), i.value(), platform(i)), i));
        List<String> kinds = byKey.values().stream().map(i -> i.kind().name()).toList();
        List<String> values = byKey.values().stream().map(Identifier::value).toList();
        List<String> platforms = byKey.values().stream().map(OpenCasesOfPersons::platform).toList();
        List<String> found = jdbc.sql("""
                        SELECT DISTINCT i.kind, i.value, i.platform
                        FROM unnest(?::text[], ?::text[], ?::text[]) AS w (kind, value, platform)
                        JOIN case_person_identifier i
                          ON i.kind = w.kind AND md5(i.value) = md5(w.value) AND i.value = w.value AND i.platform = w.platform
                        JOIN case_person p ON p.id = i.person_id AND p.merged_into IS NULL
                        JOIN case_person_role r ON r.person_id = p.id
                        JOIN case_file c ON c.id = r.case_id AND c.status <> 'CLOSED'
                        WHERE EXISTS (SELECT 1 FROM case_person_role v
                                      WHERE v.case_id = c.id AND v.role = 'VICTIM' AND v.standing <> 'RESCUED')""")
                .params(kinds.toArray(String[]::new), values.toArray(String[]::new), platforms.toArray(String[]::new))
                .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Set<Identifier> named = new HashSet<>();
        found.forEach(k -> named.add(byKey.get(k)));
        return named;
    }

    private static String platform(Identifier identifier) {
        return identifier.platform() == null ? "" : identifier.platform();
    }

    private static String key(String kind, String value, String platform) {
        return kind + "\u0000" + value + "\u0000" + platform;
    }
}
