package vn.reformdesk.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test on the real application context and a real PostgreSQL (embedded, started once per test run).
 * Tests share the database: create your own units with {@link TestUnits} so you never depend on others.
 * <p>
 * Every Spring test of the suite (these and {@link BrowserTest}) runs in ONE application context, with
 * the demo data loaded. Do not add {@code @MockitoBean}, other profiles or properties to a test: a second
 * context replaces Vaadin's security-context strategy JVM-wide and the first context's method security
 * then no longer sees {@link AsUser}'s user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public @interface DatabaseTest {
}
