package org.recoveryworks;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the full-application tests: one shared context (H2 in memory with the demo data, or
 * PostgreSQL when SPRING_DATASOURCE_URL is set), a real server on a random port for the browser
 * tests, and MockMvc for the rest. "Today" and "now" in a test are the application's {@link #clock}'s, never the
 * machine's date: the JVM's zone may be far from the deployment's (the build runs the tests in
 * Pacific/Kiritimati for that reason).
 */
@org.junit.jupiter.api.Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(FailOnce.class)
public abstract class IntegrationTest {

	/** The application's clock, in the deployment's zone. */
	@Autowired
	protected Clock clock;
}
