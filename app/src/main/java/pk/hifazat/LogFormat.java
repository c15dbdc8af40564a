package pk.hifazat;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code HIFAZAT_LOG_FORMAT=json} writes the console log as one JSON object per line (Spring Boot's
 * structured logging in the Elastic Common Schema), for a log collector; {@code text}, the default,
 * keeps the lines people read. Set before logging starts, so even the first lines follow it.
 */
public class LogFormat implements EnvironmentPostProcessor {

    static final String VARIABLE = "HIFAZAT_LOG_FORMAT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(VARIABLE, "text").strip();
        switch (format) {
            case "json" -> environment.getPropertySources().addFirst(new MapPropertySource("hifazatLogFormat",
                    Map.of("logging.structured.format.console", "ecs")));
            case "text", "" -> { }
            default -> throw new IllegalArgumentException(VARIABLE + " is json or text, not " + format);
        }
    }
}
