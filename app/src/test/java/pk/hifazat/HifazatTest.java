package pk.hifazat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a throw-away embedded PostgreSQL (or, when {@code SPRING_DATASOURCE_URL}
 * is set, on that external server: {@code ./hifazat test} runs this tier, tagged {@code database},
 * again on Debian's PostgreSQL when it is installed), with MockMvc and test staff. Every
 * test class that uses this same annotation shares one application context (and one database),
 * so tests must not depend on the database being empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestUsers.class, TableOwner.class})
@Tag("database")
public @interface HifazatTest {
}
