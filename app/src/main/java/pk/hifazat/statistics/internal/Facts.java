package pk.hifazat.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fact rows, written as the sources announce them. Each write is idempotent (a retried event
 * changes nothing more) and takes no order for granted: a report's district may come before its
 * receipt, a suspect's arrest before their joining. Callers wrap writes in {@link Counts}.
 */
@Repository
class Facts {

    /** A report as intake stored it. */
    record ReceivedReport(UUID report, Instant receivedAt, String source, String incidentType, List<String> annotations) {
    }

    /** A report as triage left it. */
    record RoutedReport(UUID report, String district, int priority) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Facts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void received(List<ReceivedReport> reports) {
        List<ReceivedReport> rows = lastOfEach(reports, ReceivedReport::report);
        if (rows.isEmpty()) {
            return;
        }
        // Annotations travel joined by commas, which their codes (enum names) never hold.
        jdbc.sql("""
                INSERT INTO statistics_report (report_id, received_at, source, incident_type, annotations)
                SELECT r.report_id, r.received_at::timestamptz, r.source, r.incident_type, string_to_array(r.annotations, ',')
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                    AS r(report_id, received_at, source, incident_type, annotations)
                ON CONFLICT (report_id) DO UPDATE SET received_at = EXCLUDED.received_at, source = EXCLUDED.source,
                    incident_type = EXCLUDED.incident_type, annotations = EXCLUDED.annotations""")
                .params(rows.stream().map(ReceivedReport::report).toArray(UUID[]::new),
                        rows.stream().map(r -> r.receivedAt().toString()).toArray(String[]::new),
                        rows.stream().map(ReceivedReport::source).toArray(String[]::new),
                        rows.stream().map(ReceivedReport::incidentType).toArray(String[]::new),
                        rows.stream().map(r -> r.annotations() == null ? "" : String.join(",", r.annotations()))
                                .toArray(String[]::new))
                .update();
        categoriseReports(rows.stream().map(ReceivedReport::report).toList());
    }

    void routed(List<RoutedReport> reports) {
        List<RoutedReport> rows = lastOfEach(reports, RoutedReport::report);
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO statistics_report (report_id, district_code, priority)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::int[])
                ON CONFLICT (report_id) DO UPDATE SET district_code = EXCLUDED.district_code, priority = EXCLUDED.priority""")
                .params(rows.stream().map(RoutedReport::report).toArray(UUID[]::new),
                        rows.stream().map(RoutedReport::district).toArray(String[]::new),
                        rows.stream().map(RoutedReport::priority).toArray(Integer[]::new))
                .update();
    }

    /**
     * Each report's last row, as writing them one after another would leave it (one statement's ON
     * CONFLICT DO UPDATE may not touch a row twice), in the order of the reports' ids: what intake
     * stored and what triage decided are written by two followers at once, into the same rows, and
     * had each taken the rows in its batch's order, each could wait for a row the other holds
     * (PostgreSQL ends such a deadlock by failing one, which is then done again).
     */
    static <T> List<T> lastOfEach(List<T> rows, Function<T, UUID> report) {
        return List.copyOf(rows.stream().collect(Collectors.toMap(report, Function.identity(), (first, last) -> last,
                TreeMap::new)).values());
    }

    /** Sets reports' categories from the category map: the mapped annotation or incident type of lowest position. */
    void categoriseReports(Collection<UUID> reports) {
        jdbc.sql("UPDATE statistics_report r SET category = " + REPORT_CATEGORY + " WHERE r.report_id = ANY(?)")
                .param(reports.toArray(UUID[]::new)).update();
    }

    static final String REPORT_CATEGORY = """
            coalesce((SELECT m.category FROM statistics_category_map m
                      WHERE m.category IS NOT NULL AND ((m.kind = 'ANNOTATION' AND m.code = ANY(r.annotations))
                                                        OR (m.kind = 'INCIDENT_TYPE' AND m.code = r.incident_type))
                      ORDER BY m.position LIMIT 1), 'OTHER')""";

    /**
     * A case's category: its offence of lowest position in the map; without one, the category most of
     * its reports count under (ties by name); else OTHER.
     */
    static final String CASE_CATEGORY = """
            coalesce((SELECT m.category FROM statistics_category_map m
                      WHERE m.kind = 'OFFENCE' AND m.category IS NOT NULL AND m.code = ANY(c.offences)
                      ORDER BY m.position LIMIT 1),
                     (SELECT r.category FROM statistics_case_report cr JOIN statistics_report r ON r.report_id = cr.report_id
                      WHERE cr.case_id = c.case_id AND r.category <> 'OTHER'
                      GROUP BY r.category ORDER BY count(*) DESC, r.category LIMIT 1), 'OTHER')""";

    void opened(UUID caseId, Instant openedAt, String district, UUID unit, List<String> offences) {
        jdbc.sql("""
                INSERT INTO statistics_case (case_id, opened_at, district_code, unit_id, offences) VALUES (?, ?, ?, ?, ?::text[])
                ON CONFLICT (case_id) DO UPDATE SET opened_at = EXCLUDED.opened_at, district_code = EXCLUDED.district_code,
                    unit_id = EXCLUDED.unit_id, offences = EXCLUDED.offences""")
                .params(caseId, Timestamp.from(openedAt), district, unit, offences.toArray(String[]::new)).update();
        categoriseCases(List.of(caseId));
    }

    void offences(UUID caseId, List<String> offences) {
        jdbc.sql("INSERT INTO statistics_case (case_id, offences) VALUES (?, ?::text[]) "
                        + "ON CONFLICT (case_id) DO UPDATE SET offences = EXCLUDED.offences")
                .params(caseId, offences.toArray(String[]::new)).update();
        categoriseCases(List.of(caseId));
    }

    /** Closed at a time with an outcome, or (both null) open again. */
    void closed(UUID caseId, Instant closedAt, String outcome) {
        jdbc.sql("INSERT INTO statistics_case (case_id, closed_at, outcome) VALUES (?, ?, ?) "
                        + "ON CONFLICT (case_id) DO UPDATE SET closed_at = EXCLUDED.closed_at, outcome = EXCLUDED.outcome")
                .params(caseId, closedAt == null ? null : Timestamp.from(closedAt), outcome).update();
    }

    void categoriseCases(Collection<UUID> cases) {
        jdbc.sql("UPDATE statistics_case c SET category = " + CASE_CATEGORY + " WHERE c.case_id = ANY(?)")
                .param(cases.toArray(UUID[]::new)).update();
    }

    /** Reports joined a case; the earliest joining is each report's first action. */
    void attached(UUID caseId, List<UUID> reports, Instant at) {
        template.batchUpdate("INSERT INTO statistics_case_report (case_id, report_id, attached_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", reports.stream().map(r -> new Object[] {caseId, r, Timestamp.from(at)}).toList());
        jdbc.sql("""
                UPDATE statistics_report SET first_action_at = ?
                WHERE report_id = ANY(?) AND (first_action_at IS NULL OR first_action_at > ?)""")
                .params(Timestamp.from(at), reports.toArray(UUID[]::new), Timestamp.from(at)).update();
        categoriseCases(List.of(caseId));
    }

    /** The cases that hold any of these reports. */
    List<UUID> casesOf(Collection<UUID> reports) {
        return jdbc.sql("SELECT DISTINCT case_id FROM statistics_case_report WHERE report_id = ANY(?)")
                .param(reports.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** A child of a case, with the abuser's relationship to them and the place of the incident where recorded. */
    void victim(UUID caseId, UUID person, Instant identifiedAt, Integer age, String gender, String relationship,
                String place) {
        jdbc.sql("""
                INSERT INTO statistics_victim (case_id, person_id, identified_at, age, gender, relationship, place)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, person_id) DO UPDATE SET identified_at = EXCLUDED.identified_at,
                    age = EXCLUDED.age, gender = EXCLUDED.gender, relationship = EXCLUDED.relationship,
                    place = EXCLUDED.place""")
                .params(caseId, person, Timestamp.from(identifiedAt), age, gender, relationship, place).update();
    }

    void suspect(UUID caseId, UUID person, Instant joinedAt) {
        jdbc.sql("INSERT INTO statistics_suspect (case_id, person_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(caseId, person, Timestamp.from(joinedAt)).update();
    }

    /** Something happened to persons of a case (an arrest, a rescue…); counted only for those holding the matching role. */
    void happened(UUID caseId, Collection<UUID> persons, String kind, LocalDate on) {
        template.batchUpdate("INSERT INTO statistics_person_event (case_id, person_id, kind, occurred_on) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", persons.stream().map(p -> new Object[] {caseId, p, kind, Date.valueOf(on)}).toList());
    }
}
