package dev.aiwire.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.aiwire.search.opensearch.OpenSearchEngine;

/**
 * A real OpenSearch node for the tests, started once per test run in a JVM of its own
 * from the server's jars (Maven resolves them and writes their class path to
 * {@code target/opensearch-node.classpath};
 * {@code src/test/opensearch/OpenSearchTestNode.java} starts the node) and stopped when
 * the tests' JVM exits. With {@code AIWIRE_TEST_OPENSEARCH_URL} set, the tests use that
 * node or cluster instead.
 */
public final class OpenSearchNodes {

	private static final long START_TIMEOUT_SECONDS = 180;

	private static String url;

	private OpenSearchNodes() {
	}

	/** The address of the tests' node, started at the first call. */
	public static synchronized String url() {
		String external = System.getenv("AIWIRE_TEST_OPENSEARCH_URL");
		if (external != null && !external.isBlank()) {
			return external.strip();
		}
		if (url == null) {
			url = start();
		}
		return url;
	}

	/** A name no other test uses, for an index of its own. */
	public static String newIndex(String purpose) {
		return "aiwire-test-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An engine on a new index of the tests' node. */
	public static OpenSearchEngine newEngine(String purpose) {
		return engineOn(newIndex(purpose));
	}

	/**
	 * An engine on an index of the tests' node, created without replicas (one node) if
	 * missing.
	 */
	public static OpenSearchEngine engineOn(String index) {
		return OpenSearchEngine.connect(List.of(URI.create(url())), null, null, index, 0);
	}

	private static String start() {
		Path classpath = Path
			.of(System.getProperty("aiwire.opensearch.node.classpath", "target/opensearch-node.classpath"));
		Path launcher = Path
			.of(System.getProperty("aiwire.opensearch.node.launcher", "src/test/opensearch/OpenSearchTestNode.java"));
		if (!Files.isRegularFile(classpath) || !Files.isRegularFile(launcher)) {
			throw new IllegalStateException("No OpenSearch node to start: " + classpath + " is written by Maven "
					+ "(./mvnw test runs generate-test-resources), or set AIWIRE_TEST_OPENSEARCH_URL");
		}
		try {
			Path home = Files.createTempDirectory("aiwire-opensearch-");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process node = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
					"-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + home, "-cp", Files.readString(classpath).strip(),
					launcher.toString(), home.toString())
				.redirectErrorStream(true)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, home), "opensearch-test-node-stop"));
			CompletableFuture<String> listening = new CompletableFuture<>();
			Thread reader = new Thread(() -> read(node, listening), "opensearch-test-node-output");
			reader.setDaemon(true);
			reader.start();
			return listening.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The tests' OpenSearch node did not start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the node's output, keeps its last lines for an error, and hands over its
	 * address.
	 */
	private static void read(Process node, CompletableFuture<String> listening) {
		Deque<String> last = new ArrayDeque<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("listening on ")) {
					listening.complete(line.substring("listening on ".length()).strip());
				}
				last.addLast(line);
				if (last.size() > 40) {
					last.removeFirst();
				}
			}
		}
		catch (IOException ex) {
			// the node is gone; said below
		}
		listening.completeExceptionally(new IllegalStateException("it stopped:\n" + String.join("\n", last)));
	}

	private static void stop(Process node, Path home) {
		try {
			node.getOutputStream().close();
			if (!node.waitFor(20, TimeUnit.SECONDS)) {
				node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			try (Stream<Path> files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		catch (IOException | InterruptedException ex) {
			node.destroyForcibly();
		}
	}

}
