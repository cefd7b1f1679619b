package dev.aiwire.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import dev.aiwire.AiwireApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup command of the README, run on the database of a portal that has published
 * the sample content, and the restore command into a fresh database: every row of every
 * table comes back, articles, revisions, timeline events and quotations included.
 */
class BackupTests {

	@Test
	void aBackupRestoresEveryRowIntoAFreshDatabase(@TempDir Path folder) throws Exception {
		String url = PortalProcess.productionDatabaseUrl(folder.resolve("portal"));
		String fresh = PortalProcess.productionDatabaseUrl(folder.resolve("fresh"));
		Path backup = folder.resolve("backups/aiwire.sql.gz");
		Map<String, Long> before;
		long markdown;
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(AiwireApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--aiwire.content-dir=content",
					"--aiwire.search.index-dir=" + folder.resolve("index"), "--aiwire.test.postgres.url=",
					"--spring.main.banner-mode=off", "--logging.level.root=warn")) {
			before = rowsPerTable(portal.getBean(DataSource.class).getConnection());
			markdown = markdownLength(portal.getBean(DataSource.class).getConnection());
		}
		assertThat(before).containsKeys("ARTICLE", "REVISION", "TIMELINE_EVENT", "QUOTE");
		assertThat(before.get("ARTICLE")).isGreaterThanOrEqualTo(10);
		assertThat(before.get("TIMELINE_EVENT")).isPositive();
		assertThat(before.get("QUOTE")).isPositive();

		assertThat(command(folder, url, "--aiwire.backup.write-to=" + backup)).isZero();
		assertThat(backup).isRegularFile();
		assertThat(Files.size(backup)).isPositive();

		assertThat(command(folder, fresh, "--aiwire.backup.restore-from=" + backup)).isZero();
		try (Connection restored = DriverManager.getConnection(fresh, "sa", "")) {
			assertThat(rowsPerTable(restored)).isEqualTo(before);
		}
		try (Connection restored = DriverManager.getConnection(fresh, "sa", "")) {
			assertThat(markdownLength(restored)).isEqualTo(markdown);
		}
	}

	private static int command(Path folder, String url, String what) throws Exception {
		try (PortalProcess command = PortalProcess.start(AiwireApplication.class,
				List.of("--spring.main.web-application-type=none", "--spring.datasource.url=" + url,
						"--aiwire.content-dir=" + folder.resolve("none"),
						"--aiwire.search.index-dir=" + folder.resolve("command-index"), what))) {
			return command.waitForExit(600);
		}
	}

	private static Map<String, Long> rowsPerTable(Connection connection) throws Exception {
		Map<String, Long> rows = new TreeMap<>();
		try (connection; Statement statement = connection.createStatement()) {
			List<String> tables = new java.util.ArrayList<>();
			try (ResultSet found = statement.executeQuery(
					"select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
				while (found.next()) {
					tables.add(found.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
					count.next();
					rows.put(table, count.getLong(1));
				}
			}
		}
		return rows;
	}

	private static long markdownLength(Connection connection) throws Exception {
		try (connection;
				Statement statement = connection.createStatement();
				ResultSet sum = statement.executeQuery("select sum(length(markdown)) from revision")) {
			sum.next();
			return sum.getLong(1);
		}
	}

}
