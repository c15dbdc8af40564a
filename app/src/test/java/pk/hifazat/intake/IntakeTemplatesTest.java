package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The content security policy allows no inline script or style: the desk's templates carry none. */
class IntakeTemplatesTest {

    @Test
    void theDeskTemplatesHaveNoInlineStyleScriptOrEventHandler() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/intake-desk"))) {
            for (Path template : templates.toList()) {
                for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
                    if (element.tagName().equals("script") || element.tagName().equals("style")) {
                        problems.add(template.getFileName() + ": <" + element.tagName() + ">");
                    }
                    for (Attribute attribute : element.attributes()) {
                        String name = attribute.getKey().replace("th:", "");
                        if (name.equals("style") || name.startsWith("on")) {
                            problems.add(template.getFileName() + ": " + attribute.getKey());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
