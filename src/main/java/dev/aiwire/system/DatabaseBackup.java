package dev.aiwire.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Writes the whole H2 database (schema, Flyway's history, every row) to one gzipped SQL
 * script, and loads such a script into a database, replacing what it held. The script is
 * consistent: H2 writes it inside one transaction, so it can be taken while the portal
 * serves and publishes. PostgreSQL has its own tools for this ({@code pg_dump},
 * {@code pg_restore}; see the README).
 */
@Component
class DatabaseBackup implements ApplicationRunner, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseBackup.class);

	private final DataSource dataSource;

	private final BackupProperties properties;

	private final ConfigurableApplicationContext context;

	DatabaseBackup(DataSource dataSource, BackupProperties properties, ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.context = context;
	}

	/**
	 * Runs first, before the content import, when started as a backup or restore command.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * As a command: does what was asked, then ends the process with 0, or 1 if it failed.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.restoreFrom() == null && this.properties.writeTo() == null) {
			return;
		}
		int status = 0;
		try {
			if (this.properties.restoreFrom() != null) {
				restoreFrom(this.properties.restoreFrom());
			}
			if (this.properties.writeTo() != null) {
				writeTo(this.properties.writeTo());
			}
		}
		catch (Exception ex) {
			logger.error("Backup command failed: {}", ex.getMessage(), ex);
			status = 1;
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(this.context, () -> exitCode));
	}

	void writeTo(Path file) throws SQLException, java.io.IOException {
		Path target = file.toAbsolutePath();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		long start = System.nanoTime();
		execute("script drop to " + literal(target) + " compression gzip");
		logger.info("Backup of the database written to {} ({} bytes) in {} ms", target, Files.size(target),
				(System.nanoTime() - start) / 1_000_000);
	}

	void restoreFrom(Path file) throws SQLException {
		Path source = file.toAbsolutePath();
		if (!Files.isReadable(source)) {
			throw new IllegalArgumentException("No backup to restore at " + source);
		}
		long start = System.nanoTime();
		execute("runscript from " + literal(source) + " compression gzip");
		logger.info("Database restored from {} in {} ms", source, (System.nanoTime() - start) / 1_000_000);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (!"H2".equals(product)) {
				throw new IllegalStateException(
						"Backups through the portal are for H2; back up " + product + " with its own tools (pg_dump)");
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}

	private static String literal(Path path) {
		return "'" + path.toString().replace("'", "''") + "'";
	}

}
