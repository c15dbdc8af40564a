package pk.hifazat.networks.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.identity.Access;
import pk.hifazat.navigation.HomeNotice;
import pk.hifazat.navigation.HomeNotices;

/**
 * On a lead officer's home page: how many records joined the networks of their open cases since they
 * last looked, linking to the network of the newest.
 */
@Component
class CaseAlertNotices implements HomeNotices {

    private final JdbcClient jdbc;
    private final Access access;

    CaseAlertNotices(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<HomeNotice> forSignedInUser() {
        return jdbc.sql("""
                        SELECT (array_agg(node_id ORDER BY created_at DESC, id DESC))[1], count(*) FROM net_case_alert
                        WHERE lead_id = :user AND seen_at IS NULL HAVING count(*) > 0""")
                .param("user", access.require().id().value())
                .query((rs, n) -> new HomeNotice("/networks/nodes/" + rs.getLong(1), "networks.notice.joined", rs.getLong(2)))
                .list();
    }
}
