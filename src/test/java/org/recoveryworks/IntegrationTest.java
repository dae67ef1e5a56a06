package org.recoveryworks;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the full-application tests: one shared context (H2 in memory with the demo data, or
 * PostgreSQL when SPRING_DATASOURCE_URL is set), a real server on a random port for the browser
 * tests, and MockMvc for the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {
}
