package pk.hifazat.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo module's settings.
 *
 * @param enabled add the demo data at start-up, as {@code --demo} does ({@code HIFAZAT_DEMO_ENABLED}),
 *                for where the command line cannot be given, such as a container
 */
@ConfigurationProperties("hifazat.demo")
record DemoProperties(@DefaultValue("false") boolean enabled) {
}
