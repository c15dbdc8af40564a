package pk.hifazat.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseRole;

/**
 * A rough server-time figure for the largest case page: 500 persons, 2,000 events and 5,000
 * evidence items. Not part of the normal run:
 * <pre>./mvnw -pl app -am test -Dtest=LargeCasePageTiming -Dhifazat.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It prints the median and worst of 30 renders of the case page (handler and template, as MockMvc
 * runs them: the server's time without the network), the median of reading it alone, and the median
 * of an empty case's page for comparison. The target is a median under 300 ms on a quiet machine.
 */
@HifazatTest
@EnabledIfSystemProperty(named = "hifazat.bench", matches = "true")
class LargeCasePageTiming {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRecords persons;

    @Autowired
    CaseView view;

    @Test
    void aCasePageWithFiveHundredPersonsTwoThousandEventsAndFiveThousandItemsRenders() throws Exception {
        var session = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"));
        String number = new CaseApi(mvc, session).open("Large case for timing", "PK623", List.of("PECA-22"), null);
        UUID caseId = jdbc.sql("SELECT id FROM case_file WHERE number = ?").param(number).query(UUID.class).single();
        var id = new pk.hifazat.cases.CaseId(caseId);
        Instant now = Instant.now();
        for (int i = 0; i < 500; i++) {
            var person = persons.insert(new PersonDetails("Timing Person " + i, List.of("Alias " + i), null, 20 + i % 40,
                    "Street " + i, null, "PK", List.of()), now, null);
            persons.addRole(id, person, i % 5 == 0 ? CaseRole.VICTIM : CaseRole.SUSPECT, now);
        }
        jdbc.sql("""
                INSERT INTO case_event (id, case_id, kind, occurred_on, district_code, place, note, recorded_at)
                SELECT gen_random_uuid(), ?, (ARRAY['RAID','ARREST','HEARING','SEARCH'])[1 + g % 4], current_date - (g % 300),
                       'PK623', 'Muzaffargarh', 'event ' || g, now() FROM generate_series(1, 2000) g""").param(caseId).update();
        jdbc.sql("""
                INSERT INTO case_event_person (event_id, person_id)
                SELECT e.id, r.person_id FROM case_event e
                JOIN LATERAL (SELECT person_id FROM case_person_role WHERE case_id = e.case_id ORDER BY random() LIMIT 2) r ON true
                WHERE e.case_id = ?""").param(caseId).update();
        jdbc.sql("""
                INSERT INTO evidence_item (id, case_id, label, description, seized_at, seized_place, seized_by, recorded_at)
                SELECT gen_random_uuid(), ?, 'E-' || lpad(g::text, 4, '0'), 'item ' || g, now() - interval '10 days',
                       'Muzaffargarh', 'Raid officer', now() - (g || ' seconds')::interval FROM generate_series(1, 5000) g""")
                .param(caseId).update();
        jdbc.sql("""
                INSERT INTO evidence_file (item_id, name, sha256) SELECT id, 'file.bin', md5(id::text) || md5(label)
                FROM evidence_item WHERE case_id = ?""").param(caseId).update();
        jdbc.sql("""
                INSERT INTO custody_transfer (item_id, position, to_holder, handed_at, reason, recorded_at)
                SELECT id, 1, 'Raid officer', seized_at, 'seized', now() FROM evidence_item WHERE case_id = ?""")
                .param(caseId).update();
        jdbc.sql("ANALYZE").update();

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/cases/" + number).session(session)).andReturn();
        }
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            var result = mvc.perform(get("/cases/" + number).session(session)).andReturn();
            nanos[i] = System.nanoTime() - start;
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        String small = new CaseApi(mvc, session).open("Small case for comparison", "PK623", List.of("PECA-22"), null);
        long[] smalls = new long[30];
        for (int i = 0; i < smalls.length; i++) {
            long start = System.nanoTime();
            mvc.perform(get("/cases/" + small).session(session)).andReturn();
            smalls[i] = System.nanoTime() - start;
        }
        Arrays.sort(smalls);
        var signedIn = (org.springframework.security.core.context.SecurityContext) session.getAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        long[] reads = new long[30];
        try {
            for (int i = 0; i < reads.length; i++) {
                long start = System.nanoTime();
                view.page(number);
                reads[i] = System.nanoTime() - start;
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        Arrays.sort(reads);
        String figure = String.format(Locale.ROOT, "case page %s (500 persons, 2,000 events, 5,000 items): median %.1f ms, worst %.1f ms"
                        + " (of which reading it: median %.1f ms; an empty case's page: median %.1f ms)",
                new CaseNumber(number), nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6, reads[reads.length / 2] / 1e6,
                smalls[smalls.length / 2] / 1e6);
        org.slf4j.LoggerFactory.getLogger(LargeCasePageTiming.class).warn(figure);
    }
}
