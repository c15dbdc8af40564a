package pk.hifazat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportContent;

/** The audit log as an auditor's tool: filters, paging by sequence, readable records, CSV, and itself audited. */
@HifazatTest
class AuditLogSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Intake intake;

    @Test
    void viewingAndExportingTheLogAreThemselvesAudited() throws Exception {
        String auditor = users.create("AUDITOR", "HQ");
        var session = SignIn.as(mvc, auditor);
        page(get("/audit").session(session));
        mvc.perform(get("/audit/export").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = ? AND target_type = 'AuditLog' ORDER BY seq")
                .param(auditor).query(String.class).list()).containsExactly("VIEW", "EXPORT");
    }

    @Test
    void filtersByActionAndPagesOlderEntriesBySequence() throws Exception {
        String actor = "pager." + UUID.randomUUID();
        transactions.executeWithoutResult(t -> {
            for (int i = 0; i < 60; i++) {
                auditLog.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-" + i).by(actor));
            }
            auditLog.record(AuditRecord.of(CommonAction.CREATE, "Case", "case-new").by(actor));
        });
        var session = SignIn.as(mvc, users.create("AUDITOR", "HQ"));
        String first = page(get("/audit").session(session).param("actor", actor).param("action", "VIEW"));
        assertThat(first).contains("case-59").contains("case-10").doesNotContain("case-9<").doesNotContain("case-new")
                .contains("Viewed");
        var older = java.util.regex.Pattern.compile("before=(\\d+)").matcher(first);
        assertThat(older.find()).as("a link to older entries").isTrue();
        String second = page(get("/audit").session(session).param("actor", actor).param("action", "VIEW")
                .param("before", older.group(1)));
        assertThat(second).contains("case-9<").contains("case-0<").doesNotContain("case-10<");
    }

    @Test
    void aReceiptCodeFindsTheEntriesOfItsReport() throws Exception {
        var receipt = intake.submitTip(new ReportContent(null, null, null, null, null, null, null,
                "Someone sends a child messages.", null, null, null, null, null), null);
        var session = SignIn.as(mvc, users.create("AUDITOR", "HQ"));
        String found = page(get("/audit").session(session).param("receipt", receipt.code().value()));
        assertThat(found).contains(receipt.report().value().toString());
        String none = page(get("/audit").session(session).param("receipt", "HZ-0000-0000"));
        assertThat(none).doesNotContain(receipt.report().value().toString()).contains("No receipt");
    }

    @Test
    void namesUsersByTheirUsernameAndExportsTheFilteredEntriesAsCsv() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String analyst = users.create("INTAKE_ANALYST", "HQ");
        UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(analyst).query(UUID.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users/" + id + "/disable")
                .session(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        var session = SignIn.as(mvc, users.create("AUDITOR", "HQ"));
        assertThat(page(get("/audit").session(session).param("record", id.toString()))).contains(analyst);
        String csv = mvc.perform(get("/audit/export").session(session).param("record", id.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("seq,at,actor,action,record_type,record_id,record_name,outcome,detail");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("DISABLE_USER").contains(analyst);
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

}
