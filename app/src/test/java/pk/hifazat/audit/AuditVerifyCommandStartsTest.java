package pk.hifazat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import pk.hifazat.HifazatApplication;

/**
 * {@code ./hifazat audit-verify} starts the application without its web server: every bean that
 * needs the web layer (security filter chains among them) must stay out of that start.
 */
class AuditVerifyCommandStartsTest {

    @Test
    void theAuditVerifyCommandStartsWithoutTheWebServerAndExitsZeroOnAnIntactChain() {
        var context = new SpringApplicationBuilder(HifazatApplication.class)
                .web(WebApplicationType.NONE)
                .properties("hifazat.command=audit-verify", "hifazat.ephemeral=true")
                .run();
        assertThat(SpringApplication.exit(context)).isZero();
    }
}
