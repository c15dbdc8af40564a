package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every message exists in English and Urdu, and no template shows text that bypasses the bundles. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value", "label");

    @Test
    void everyMessageKeyExistsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path english : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_ur")).toList()) {
                Path urdu = english.resolveSibling(english.getFileName().toString().replace(".properties", "_ur.properties"));
                assertThat(urdu).as("the Urdu bundle beside " + english).exists();
                Set<String> en = keys(english);
                Set<String> ur = keys(urdu);
                for (String key : difference(en, ur)) {
                    problems.add(english.getFileName() + ": " + key + " has no Urdu text");
                }
                for (String key : difference(ur, en)) {
                    problems.add(urdu.getFileName() + ": " + key + " has no English text");
                }
                load(urdu).forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        problems.add(urdu.getFileName() + ": " + k + " is empty");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                known.addAll(keys(bundle));
            }
        }
        List<String> missing = new ArrayList<>();
        var literalKey = java.util.regex.Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
        for (Path template : templates()) {
            var matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateHasHardCodedVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (Set.of("script", "style", "title", "head", "html").contains(element.tagName())
                        || replacesItsContent(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (hasWords(text.text()) && !insideReplacedElement(element)) {
                        problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasWords(element.attr(attribute)) && !insideReplacedElement(element)
                            && !"value".equals(attribute)) {
                        problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean replacesItsContent(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.hasAttr("th:errors");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (replacesItsContent(parent) && !"html".equals(parent.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** Words need translating; punctuation, numbers and the language names written in their own script do not. */
    private static boolean hasWords(String text) {
        String stripped = text.strip();
        if (stripped.equals("اردو") || stripped.equals("English")) {
            return false;
        }
        return stripped.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Set<String> keys = new TreeSet<>();
        load(bundle).keySet().forEach(k -> keys.add(k.toString()));
        return keys;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
