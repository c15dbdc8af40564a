package pk.hifazat.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at every start when the application's own database connections could change, delete or empty
 * the audit log: they connect as its owner or a superuser, who may also switch off the trigger that
 * refuses it. That is the case with an external database whose administrator gave the application
 * one role for everything (see docs/operations.md).
 */
@Component
class WritableAuditLogWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WritableAuditLogWarning.class);

    private final JdbcClient jdbc;

    WritableAuditLogWarning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (auditLogIsWritable()) {
            log.warn("The application's database connections (role {}) can change or delete audit entries. Connect as a "
                    + "role without UPDATE, DELETE and TRUNCATE on audit_entry: see docs/operations.md, "
                    + "\"An external PostgreSQL\".", jdbc.sql("SELECT current_user").query(String.class).single());
        }
    }

    boolean auditLogIsWritable() {
        return jdbc.sql("""
                        SELECT has_table_privilege('audit_entry', 'UPDATE') OR has_table_privilege('audit_entry', 'DELETE')
                            OR has_table_privilege('audit_entry', 'TRUNCATE')
                            OR pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'audit_entry'::regclass), 'USAGE')""")
                .query(Boolean.class).single();
    }
}
