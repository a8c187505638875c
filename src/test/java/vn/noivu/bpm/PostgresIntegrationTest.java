package vn.noivu.bpm;

import java.lang.annotation.ElementType;
import org.junit.jupiter.api.Tag;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The application as the README runs it with the postgres and demo profiles, on the real PostgreSQL server. */
@Target(ElementType.TYPE)
@Tag("postgres")
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo", "it"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface PostgresIntegrationTest {
}
