package org.recoveryworks.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the whole application on the database and Lucene index that {@link SearchBenchmarkTest} built (so the
 * index is already there: no rebuild), in a JVM of its own, as in production: the time until a search answers, and
 * the memory the process holds then. Measured on this JDK without and with a class-data-sharing archive (CDS, made by
 * a training run), and, when a JDK 25 is there ({@code -Dbenchmark.aotJava=}, or Temurin 25 under /usr/lib/jvm), with
 * its ahead-of-time cache (JEP 483/514); three times each. The application's classes go into a jar first: CDS does not
 * take directories. Runs after the search benchmark in {@code ./mvnw -Pbenchmark verify}; results are printed and
 * written to target/benchmark/startup-N.md.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

	static final int POSTINGS = SearchBenchmarkTest.POSTINGS;
	static final String HEAP = System.getProperty("benchmark.startupHeap", "1g");

	record Start(double untilSearchSeconds, double springSeconds, long rssMb, long heapUsedMb) {
	}

	@Test
	void startUpOnABuiltIndex() throws Exception {
		Path index = Path.of("target/benchmark/index-" + POSTINGS);
		if (System.getProperty("benchmark.jdbcUrl") == null) {
			assertThat(Path.of("target/benchmark/db-" + POSTINGS + ".mv.db")).as("the search benchmark builds the database first").exists();
		}
		assertThat(index).exists();
		List<String> classPath = classPath();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path archive = Path.of("target/benchmark/recoveryworks.jsa");
		Files.deleteIfExists(archive);

		List<Start> plain = starts(java, classPath, List.of());
		train(java, classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
		List<Start> cds = starts(java, classPath, List.of("-XX:SharedArchiveFile=" + archive));
		String aotJava = System.getProperty("benchmark.aotJava", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
		List<Start> aot = null;
		if (Files.isExecutable(Path.of(aotJava))) {
			Path cache = Path.of("target/benchmark/recoveryworks.aot");
			Files.deleteIfExists(cache);
			train(aotJava, classPath, List.of("--enable-native-access=ALL-UNNAMED", "-XX:AOTCacheOutput=" + cache));
			aot = starts(aotJava, classPath, List.of("--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=" + cache));
		}

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Start-up on %,d postings (index already built), heap -Xmx%s, median of 3:%n%n", POSTINGS, HEAP));
		report.append("| JVM | until the first search answers, s | Spring's \"Started in\", s | resident memory, MB | heap used, MB |\n")
			.append("|---|---|---|---|---|\n");
		String version = System.getProperty("java.version");
		report.append(row("JDK " + version, plain)).append(row("JDK " + version + " with a CDS archive", cds));
		if (aot != null) {
			report.append(row("JDK 25 with an AOT cache", aot));
		}
		Path out = Path.of("target/benchmark/startup-" + POSTINGS + ".md");
		Files.writeString(out, report);
		System.out.println("\n" + report);
	}

	private static String row(String name, List<Start> starts) {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d |%n", name,
				median(starts.stream().mapToDouble(Start::untilSearchSeconds).toArray()),
				median(starts.stream().mapToDouble(Start::springSeconds).toArray()),
				(long) median(starts.stream().mapToDouble(Start::rssMb).toArray()),
				(long) median(starts.stream().mapToDouble(Start::heapUsedMb).toArray()));
	}

	private static double median(double[] values) {
		java.util.Arrays.sort(values);
		return values[values.length / 2];
	}

	private List<Start> starts(String java, List<String> classPath, List<String> jvmOptions) throws Exception {
		List<Start> starts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			starts.add(start(java, classPath, jvmOptions));
		}
		return starts;
	}

	/** A training run: starts, writes the archive or cache when the context is ready, exits. */
	private static void train(String java, List<String> classPath, List<String> jvmOptions) throws Exception {
		List<String> options = new ArrayList<>(jvmOptions);
		options.add("-Dspring.context.exit=onRefresh");
		Path log = Files.createTempFile("training", ".log");
		Process training = command(java, classPath, options, freePort()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(training.waitFor()).as("training run: %s", Files.readString(log)).isZero();
		Files.deleteIfExists(log);
	}

	private Start start(String java, List<String> classPath, List<String> jvmOptions) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("startup", ".log");
		long t0 = System.nanoTime();
		Process app = command(java, classPath, jvmOptions, port).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			HttpRequest search = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/jobs?q=recovery")).build();
			long deadline = t0 + Duration.ofMinutes(3).toNanos();
			while (true) {
				if (!app.isAlive() || System.nanoTime() > deadline) {
					throw new AssertionError("the application did not start: " + Files.readString(log));
				}
				try {
					if (client.send(search, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException notYet) {
					// Not listening yet.
				}
				Thread.sleep(20);
			}
			double untilSearch = (System.nanoTime() - t0) / 1e9;
			String output = Files.readString(log);
			assertThat(output).as("no index rebuild at start-up").doesNotContain("rebuilding it");
			Matcher started = Pattern.compile("Started RecoveryWorksApplication in ([0-9.]+) seconds").matcher(output);
			double spring = started.find() ? Double.parseDouble(started.group(1)) : -1;
			return new Start(untilSearch, spring, rssMb(app.pid()), heapUsedMb(java, app.pid()));
		}
		finally {
			app.destroy();
			app.waitFor();
			Files.deleteIfExists(log);
		}
	}

	private static ProcessBuilder command(String java, List<String> classPath, List<String> jvmOptions, int port) {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.add("-Xmx" + HEAP);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath));
		command.add("org.recoveryworks.RecoveryWorksApplication");
		command.add("--server.port=" + port);
		command.add("--spring.datasource.url=" + System.getProperty("benchmark.jdbcUrl",
				"jdbc:h2:file:./target/benchmark/db-" + POSTINGS + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"));
		command.add("--spring.datasource.username=" + System.getProperty("benchmark.jdbcUser", "sa"));
		command.add("--spring.datasource.password=" + System.getProperty("benchmark.jdbcPassword", ""));
		command.add("--spring.jpa.properties.hibernate.search.backend.directory.root=./target/benchmark/index-" + POSTINGS);
		command.add("--recoveryworks.upload-dir=./target/benchmark/uploads");
		return new ProcessBuilder(command);
	}

	/**
	 * The application's run-time class path: this test JVM's (surefire puts it in its booter jar's manifest), without
	 * the test classes, and with the application's classes in a jar.
	 */
	private static List<String> classPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("surefirebooter")) {
				try (java.util.jar.JarFile booter = new java.util.jar.JarFile(entry)) {
					for (String url : booter.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
						entries.add(Path.of(URI.create(url)).toString());
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		Path classes = Path.of("target/classes").toAbsolutePath();
		Path jar = Path.of("target/benchmark/recoveryworks-classes.jar").toAbsolutePath();
		try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
			// Directory entries too: Spring's class-path scanning finds packages in a jar through them.
			for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
				String name = classes.relativize(f).toString().replace('\\', '/');
				out.putNextEntry(new java.util.jar.JarEntry(Files.isDirectory(f) ? name + "/" : name));
				if (!Files.isDirectory(f)) {
					Files.copy(f, out);
				}
				out.closeEntry();
			}
		}
		List<String> result = new ArrayList<>();
		for (String e : entries) {
			Path p = Path.of(e).toAbsolutePath();
			if (p.equals(classes)) {
				result.add(jar.toString());
			}
			else if (!Files.isDirectory(p)) {
				result.add(e);
			}
		}
		return result;
	}

	private static long rssMb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
			}
		}
		return -1;
	}

	/** Heap in use after a full collection (jcmd GC.heap_info after GC.run): what the application keeps. */
	private static long heapUsedMb(String java, long pid) throws Exception {
		// The jcmd of the JDK that runs the application: another version cannot attach.
		String jcmd = Path.of(java).resolveSibling("jcmd").toString();
		new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
		String out = new String(info.getInputStream().readAllBytes());
		info.waitFor();
		Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
		return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
