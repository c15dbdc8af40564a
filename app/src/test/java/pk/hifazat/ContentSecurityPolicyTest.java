package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every page is served with {@code script-src 'self'; style-src 'self'}: a browser ignores inline
 * script and style, so a template that has any would work in development tools and break for users.
 */
class ContentSecurityPolicyTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** An attribute as written, or as Thymeleaf writes it ({@code th:style}, {@code data-th-onclick}). */
    private static final Pattern THYMELEAF_PREFIX = Pattern.compile("^(?:th:|data-th-)");
    private static final Pattern HANDLER_OR_STYLE_IN_TH_ATTR = Pattern.compile("(?:^|[\\s,])(?:on\\w+|style)\\s*=");
    private static final Pattern EXTERNAL = Pattern.compile("^\\s*(?:[a-z][a-z0-9+.-]*:)?//", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptOrStyleOrLoadsThemFromElsewhere() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            for (Element element : Jsoup.parse(Files.readString(template), "", Parser.htmlParser()).getAllElements()) {
                problems.addAll(problemsOf(element).stream().map(problem -> name + ": " + problem).toList());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> problemsOf(Element element) {
        List<String> problems = new ArrayList<>();
        if ("script".equals(element.normalName()) && !element.data().isBlank()) {
            problems.add("a <script> with a body");
        }
        if ("style".equals(element.normalName())) {
            problems.add("a <style> element");
        }
        if (("script".equals(element.normalName()) && EXTERNAL.matcher(element.attr("src")).find())
                || ("link".equals(element.normalName()) && EXTERNAL.matcher(element.attr("href")).find())) {
            problems.add("<" + element.tagName() + "> loads from another site");
        }
        for (Attribute attribute : element.attributes()) {
            String plain = THYMELEAF_PREFIX.matcher(attribute.getKey()).replaceFirst("");
            if (plain.equals("style") || plain.equals("styleappend")) {
                problems.add(attribute.getKey() + "= on <" + element.tagName() + ">");
            }
            if (plain.startsWith("on")) {
                problems.add("the event handler " + attribute.getKey() + "= on <" + element.tagName() + ">");
            }
            if (plain.equals("attr") && HANDLER_OR_STYLE_IN_TH_ATTR.matcher(attribute.getValue()).find()) {
                problems.add("th:attr sets a style or an event handler on <" + element.tagName() + ">");
            }
            if (attribute.getValue().replaceAll("\\s", "").toLowerCase().contains("javascript:")) {
                problems.add("a javascript: address in " + attribute.getKey() + "= on <" + element.tagName() + ">");
            }
        }
        return problems;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
