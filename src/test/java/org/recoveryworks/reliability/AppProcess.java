package org.recoveryworks.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a process of its own (the test's class path, an H2 database, index and
 * uploads in one folder), so that it can be killed with SIGKILL and started again on the same files.
 */
final class AppProcess implements AutoCloseable {

	private final Path dir;
	private final int port;
	private final List<String> extraArguments;
	private Process process;

	AppProcess(Path dir, List<String> extraArguments) throws IOException {
		this.dir = dir.toAbsolutePath();
		this.port = freePort();
		this.extraArguments = extraArguments;
		Files.createDirectories(this.dir);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	Path dir() {
		return dir;
	}

	/** The JDBC address of the database: application.yml's, in this folder. */
	String jdbcUrl() {
		return "jdbc:h2:file:" + dir.resolve("db/recoveryworks") + ";" + DEFAULT_URL.substring(DEFAULT_URL.indexOf(';') + 1);
	}

	private static final String DEFAULT_URL = defaultUrl();

	private static String defaultUrl() {
		try (var in = AppProcess.class.getResourceAsStream("/application.yml")) {
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				if (line.trim().startsWith("url: jdbc:h2:file:")) {
					return line.trim().substring("url: ".length());
				}
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		throw new IllegalStateException("application.yml names no H2 file database");
	}

	/** Starts the process and waits until it is ready, its search index checked (at most three minutes). */
	void start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx700m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.recoveryworks.RecoveryWorksApplication",
				"--server.port=" + port, "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=sa",
				"--spring.datasource.password=",
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + dir.resolve("index"),
				"--recoveryworks.upload-dir=" + dir.resolve("uploads"), "--recoveryworks.demo-data=true",
				"--recoveryworks.rate-limit.exempt-addresses=127.0.0.1", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.recoveryworks.jobs.SearchIndexStartup=INFO"));
		command.addAll(extraArguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
		// The PostgreSQL run's settings are for the test's own database, not this one.
		builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("RW_"));
		process = builder.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting; see " + dir.resolve("app.log"));
			}
			try {
				// Readiness, as a load balancer asks: up once the search index matches the database.
				HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The application did not start within three minutes; see " + dir.resolve("app.log"));
	}

	/** SIGKILL: no shutdown hook, nothing flushed. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, and wait for a graceful stop. */
	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
