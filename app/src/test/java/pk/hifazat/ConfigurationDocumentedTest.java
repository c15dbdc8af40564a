package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every environment variable application.properties reads is in docs/configuration.md, so no setting is a secret of the code. */
class ConfigurationDocumentedTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");

    @Test
    void everyVariableTheApplicationReadsIsDocumented() throws Exception {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        String documented = Files.readString(Path.of("../docs/configuration.md"));
        Set<String> missing = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(properties);
        while (variable.find()) {
            if (!documented.contains("`" + variable.group(1) + "`")) {
                missing.add(variable.group(1));
            }
        }
        assertThat(missing).as("variables read but not in docs/configuration.md").isEmpty();
    }
}
