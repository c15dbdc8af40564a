package pk.hifazat.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.OpenCases;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;

/** {@link OpenCases} over the persons' identifiers, their roles, the cases' reports and status. */
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

    @Override
    public List<OpenCase> touching(Collection<ReportId> reports, Collection<CaseId> cases) {
        if (reports.isEmpty() && cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, number, status, lead_officer, district_code FROM case_file c
                        WHERE status <> 'CLOSED'
                          AND (id = ANY(?) OR EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id AND r.report_id = ANY(?)))
                        ORDER BY opened_at DESC, number""")
                .params(cases.stream().map(CaseId::value).toArray(UUID[]::new),
                        reports.stream().map(ReportId::value).toArray(UUID[]::new))
                .query((rs, n) -> new OpenCase(new CaseId(rs.getObject(1, UUID.class)), new CaseNumber(rs.getString(2)),
                        CaseStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class) == null ? null : new UserId(rs.getObject(4, UUID.class)),
                        DistrictCode.of(rs.getString(5))))
                .list();
    }

    private static String platform(Identifier identifier) {
        return identifier.platform() == null ? "" : identifier.platform();
    }

    private static String key(String kind, String value, String platform) {
        return kind + "\u0000" + value + "\u0000" + platform;
    }
}
