package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.zaxxer.hikari.HikariDataSource;

import org.hifazat.pdq.PdqResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import pk.hifazat.HifazatApplication;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * Two application instances on one PostgreSQL, in this JVM: the first with its embedded database,
 * the second connected to that database as to an external one, with the same keys. Each must
 * match what was imported through the other, once it has followed the banks' change log.
 */
class TwoInstancesTest {

    @TempDir
    static Path folder;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        String dataKey = key();
        String auditKey = key();
        first = new SpringApplicationBuilder(HifazatApplication.class).run("--server.port=0",
                "--hifazat.data-dir=" + folder.resolve("first"), "--hifazat.privacy.key=" + dataKey,
                "--hifazat.audit.key=" + auditKey, "--hifazat.audit.checkpoint-file=" + folder.resolve("first.log"),
                "--hifazat.media.follow-every=200ms");
        HikariDataSource database = first.getBean(HikariDataSource.class);
        second = new SpringApplicationBuilder(HifazatApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(), "--spring.flyway.enabled=false",
                "--hifazat.data-dir=" + folder.resolve("second"), "--hifazat.privacy.key=" + dataKey,
                "--hifazat.audit.key=" + auditKey, "--hifazat.audit.checkpoint-file=" + folder.resolve("second.log"),
                "--hifazat.media.follow-every=200ms");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void eachInstanceMatchesAHashImportedThroughTheOther() throws Exception {
        Curator throughFirst = curator(first);
        Curator throughSecond = curator(second);
        PdqResult one = TestImages.hash(TestImages.noise(1));
        PdqResult two = TestImages.hash(TestImages.noise(2));
        TestOrganisations.Client partner = new TestOrganisations(first.getBean(ReportingOrganisations.class),
                first.getBean(ApiKeys.class)).create();

        BankId fromFirst = throughFirst.createBank("First", 31);
        throughFirst.importFile(fromFirst, "CSV", "one.csv", "pdq," + one.hash().toHex() + ",1,\n");
        share(first, throughFirst, fromFirst, partner);
        awaitLookup(mvc(second), partner, one, fromFirst);

        BankId fromSecond = throughSecond.createBank("Second", 31);
        throughSecond.importFile(fromSecond, "CSV", "two.csv", "pdq," + two.hash().toHex() + ",1,\n");
        share(second, throughSecond, fromSecond, partner);
        awaitLookup(mvc(first), partner, two, fromSecond);

        Reporter atSecond = new Reporter(mvc(second), second, new TestOrganisations(second.getBean(ReportingOrganisations.class),
                second.getBean(ApiKeys.class)));
        ReportId report = atSecond.report("\"pdq\": \"" + one.hash().toHex() + "\"");
        ReportMaterial found = atSecond.await(report, ReportMaterial::hasKnownMaterial);
        assertThat(found.matches()).extracting(MaterialMatch::bank).contains(fromFirst);
    }

    private static void awaitLookup(MockMvc mvc, TestOrganisations.Client partner, PdqResult hash, BankId bank)
            throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String json = "{\"hashes\": [{\"algorithm\": \"PDQ\", \"value\": \"" + hash.hash().toHex() + "\"}]}";
        while (true) {
            var answer = mvc.perform(post("/api/v1/lookup").header("Authorization", partner.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
            if (answer.getStatus() == 200 && answer.getContentAsString().contains(bank.toString())) {
                mvc.perform(post("/api/v1/lookup").header("Authorization", partner.bearer())
                                .contentType(MediaType.APPLICATION_JSON).content(json))
                        .andExpect(jsonPath("$.results[0].matches[*].bank", hasItem(bank.toString())));
                return;
            }
            assertThat(Instant.now()).as("the other instance finds the hash; last answer " + answer.getContentAsString())
                    .isBefore(until);
            Thread.sleep(100);
        }
    }

    private static void share(ConfigurableApplicationContext context, Curator curator, BankId bank,
                              TestOrganisations.Client partner) throws Exception {
        mvc(context).perform(post("/banks/" + bank + "/shares").session(curator.session()).with(csrf())
                        .param("organisation", partner.organisation().toString()).param("shared", "true"))
                .andExpect(status().is3xxRedirection());
    }

    private static Curator curator(ConfigurableApplicationContext context) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return new Curator(mvc(context), jdbc, new TestUsers(jdbc, context.getBean(PasswordEncoder.class)));
    }

    private static MockMvc mvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
