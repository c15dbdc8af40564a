package pk.hifazat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.hifazat.ChildApplication;
import pk.hifazat.intake.SampleReports;

/**
 * Two instances on one database, as behind a load balancer: the first runs the embedded server,
 * the second uses it as an external database. A session made on one works on the other, and an API
 * key revoked on one is refused by the other within a second.
 */
class TwoInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static final Pattern API_KEY = Pattern.compile("API key: (hzk_[A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("HIFAZAT_SESSION=([^;]+)");
    private static final String PASSWORD = "two instances, one database";

    @TempDir
    Path folder;

    private final List<ChildApplication> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aSessionAndARevocationReachEveryInstance() throws Exception {
        int firstPort = ChildApplication.freePort();
        ChildApplication first = start("first.log", List.of(), "--server.port=" + firstPort,
                "--hifazat.data-dir=" + folder.resolve("data"), "--demo");
        String apiKey = first.awaitLine(API_KEY, PATIENCE).group(1);
        first.awaitLine(Pattern.compile("Started HifazatApplication"), PATIENCE);

        List<String> server = Files.readAllLines(folder.resolve("data/postgres/postmaster.pid"));
        String databasePassword = Files.readString(folder.resolve("data/keys/database-password")).strip();
        int secondPort = ChildApplication.freePort();
        ChildApplication second = start("second.log",
                List.of("-DHIFAZAT_DATA_KEY=" + key("personal-data.key"), "-DHIFAZAT_AUDIT_KEY=" + key("audit.key")),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + server.get(3).strip() + "/postgres",
                "--spring.datasource.username=hifazat_app", "--spring.datasource.password=" + databasePassword,
                "--spring.flyway.user=postgres", "--spring.flyway.password=" + databasePassword,
                "--server.port=" + secondPort, "--hifazat.data-dir=" + folder.resolve("second-data"));
        second.awaitLine(Pattern.compile("Started HifazatApplication"), PATIENCE);

        String session = signIn(firstPort);
        assertThat(page(secondPort, "/admin/users", session).statusCode())
                .as("the second instance knows the session made on the first").isEqualTo(200);
        assertThat(page(secondPort, "/admin/users", "HIFAZAT_SESSION=nobody").statusCode())
                .as("an unknown session is sent to sign in").isEqualTo(302);

        assertThat(report(secondPort, apiKey)).as("the key works on the second instance").isEqualTo(201);
        revoke(firstPort, session);
        Thread.sleep(1_000);
        assertThat(report(secondPort, apiKey)).as("a second after the first instance revoked it").isEqualTo(401);
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildApplication instance : instances.reversed()) {
            instance.stop();
        }
    }

    private ChildApplication start(String log, List<String> jvm, String... arguments) throws IOException {
        List<String> options = new ArrayList<>(jvm);
        options.addAll(List.of("-Xmx512m", "-DHIFAZAT_SESSIONS=database", "-DHIFAZAT_SECURE_COOKIE=false",
                "-DHIFAZAT_ADMIN_USERNAME=chief", "-DHIFAZAT_ADMIN_PASSWORD=" + PASSWORD,
                "-DHIFAZAT_AUDIT_CHECKPOINT_FILE=" + folder.resolve(log + ".checkpoints")));
        ChildApplication instance = ChildApplication.start(folder.resolve(log), options, arguments);
        instances.add(instance);
        return instance;
    }

    private String key(String file) throws IOException {
        return Files.readString(folder.resolve("data/keys").resolve(file)).strip();
    }

    /** Signs in through the first instance's form; the session cookie it ends with. */
    private String signIn(int port) throws Exception {
        HttpResponse<String> form = page(port, "/login", null);
        String anonymous = cookie(form);
        String body = "username=chief&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return cookie(signedIn);
    }

    /** Revokes the demo organisation's key through the first instance's administration page. */
    private void revoke(int port, String session) throws Exception {
        HttpResponse<String> keys = page(port, "/admin/api-keys", session);
        Matcher link = Pattern.compile("/admin/api-keys/keys/([0-9a-f-]{36})/revoke").matcher(keys.body());
        assertThat(link.find()).as("a revoke link on the keys page").isTrue();
        HttpResponse<String> confirm = page(port, link.group(), session);
        String body = "confirmed=true&_csrf=" + URLEncoder.encode(csrf(confirm.body()), StandardCharsets.UTF_8);
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(uri(port, link.group()))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(302);
    }

    private int report(int port, String apiKey) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(port, "/api/v1/reports"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SampleReports.valid(SampleReports.externalId()))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> page(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(found -> "HIFAZAT_SESSION=" + found.group(1)).reduce((a, b) -> b).orElseThrow();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }
}
