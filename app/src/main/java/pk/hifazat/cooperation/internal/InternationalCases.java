package pk.hifazat.cooperation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseNeedsInternationalCooperation;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.units.Jurisdiction;

/**
 * Cases a foreign national joined, kept from cases' events so that the request list can suggest a
 * request for each one that has none yet. Only the case's number, district and the nationality are
 * kept: nothing that names anyone.
 */
@Component
class InternationalCases {

    /** A case that may need a request abroad. */
    record Suggestion(String caseNumber, String nationality, Instant suggestedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    InternationalCases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseNeedsInternationalCooperation event) {
        jdbc.sql("""
                INSERT INTO cooperation_suggestion (case_id, case_number, district_code, nationality, suggested_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""")
                .params(event.caseId().value(), event.number().value(), event.district().value(), event.nationality(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The cases of the jurisdiction that a foreign national joined and that have no request yet, newest first. */
    List<Suggestion> withoutRequest(Jurisdiction jurisdiction, int limit) {
        return jdbc.sql("""
                SELECT case_number, nationality, suggested_at FROM cooperation_suggestion s
                WHERE (? OR district_code = ANY(?))
                  AND NOT EXISTS (SELECT FROM cooperation_request r WHERE r.case_id = s.case_id)
                ORDER BY suggested_at DESC LIMIT ?""")
                .params(jurisdiction.national(), jurisdiction.districts().stream().map(DistrictCode::value)
                        .toArray(String[]::new), limit)
                .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }
}
