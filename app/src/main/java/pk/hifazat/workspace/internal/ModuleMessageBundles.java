package pk.hifazat.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's message bundle, found rather than listed: a module adds {@code i18n/<module>.properties}
 * and {@code i18n/<module>_ur.properties} and its keys are there, without editing a shared list.
 * A bundle's base name is its file name less any locale suffix ({@code _ur}, {@code _en_GB}).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageBundles {

    static final String LOCATION = "classpath*:i18n/*.properties";
    private static final Pattern BASE_NAME = Pattern.compile("(.+?)(_[a-z]{2,3}(_[A-Z]{2})?)?\\.properties");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(baseNames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static String[] baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(BASE_NAME::matcher)
                    .filter(Matcher::matches)
                    .map(name -> "i18n/" + name.group(1))
                    .collect(() -> new TreeSet<String>(), TreeSet::add, TreeSet::addAll)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles under i18n/ could not be listed", e);
        }
    }
}
