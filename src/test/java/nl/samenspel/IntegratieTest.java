package nl.samenspel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full-application test on a real database: H2 in memory by default, PostgreSQL when the
 * build runs the integration tests a second time with {@code samenspel.test.database=postgres}.
 * The demo gemeente Voorbeeldstad is seeded in both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "samenspel.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.Profielen.class)
@ExtendWith(TestDatabase.class)
public @interface IntegratieTest {
}
