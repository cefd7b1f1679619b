package dev.aiwire.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The portal in a JVM of its own, started from the test classpath, so that a test can
 * kill it with SIGKILL or run it as a command. Reads its standard output line by line.
 */
final class PortalProcess implements AutoCloseable {

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private PortalProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> read(process.getInputStream()), "portal-process-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code mainClass} with these arguments; H2 only, whatever database the tests
	 * use.
	 */
	static PortalProcess start(Class<?> mainClass, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx384m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(arguments);
		command.add("--aiwire.test.postgres.url=");
		command.add("--spring.main.banner-mode=off");
		command.add("--logging.level.root=warn");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		return new PortalProcess(builder.start());
	}

	/**
	 * The H2 URL of production (application.properties) with its folder moved to
	 * {@code folder}: tests of durability test the settings the portal really runs with.
	 */
	static String productionDatabaseUrl(Path folder) {
		Properties properties = new Properties();
		try (InputStream in = PortalProcess.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String url = properties.getProperty("spring.datasource.url");
		return url.replace("./data/", folder.toAbsolutePath() + "/");
	}

	/**
	 * The next line of output starting with {@code prefix}, or null if none came in time
	 * or the process ended.
	 */
	String nextLine(String prefix, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(200, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith(prefix)) {
				return line;
			}
			if (line == null && !this.process.isAlive() && this.lines.isEmpty()) {
				return null;
			}
		}
		return null;
	}

	/** SIGKILL: no shutdown hook, no flush, no close. */
	void killHard() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	int waitForExit(long timeoutSeconds) throws InterruptedException {
		if (!this.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("the portal process did not finish in " + timeoutSeconds + " s");
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			killHard();
		}
	}

	private void read(InputStream output) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			this.lines.add("READ-FAILED " + ex.getMessage());
		}
	}

}
