package dev.aiwire.article.publishing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration V80: a sequence for each table that publishing fills with many rows per
 * article (sections, dated events, quotations). With identity keys Hibernate must insert
 * those rows one statement at a time to learn each key; from a sequence it takes
 * {@link #ALLOCATION} keys at once and sends the rows in JDBC batches. The identity
 * columns stay as they were (a key given explicitly is accepted by both H2 and
 * PostgreSQL); each sequence starts past the keys already used, which plain SQL cannot
 * say portably, hence a Java migration. The statements themselves are the same on H2 and
 * PostgreSQL.
 */
@Component
class PooledKeysMigration implements JavaMigration {

	/**
	 * Keys taken from a sequence at once: each call returns the last key of a block of
	 * this many (Hibernate's pooled optimizer), the same number as the entities'
	 * {@code allocationSize} and as {@code hibernate.jdbc.batch_size}.
	 */
	static final int ALLOCATION = 50;

	/** The tables, each with its sequence named after it. */
	static final List<String> TABLES = List.of("article_section", "timeline_event", "quote");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("80");
	}

	@Override
	public String getDescription() {
		return "pooled keys for sections, events and quotations";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				long used = 0;
				try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
					if (max.next()) {
						used = max.getLong(1);
					}
				}
				// the first value read is the last key of the first block: that block
				// must begin after the keys already used
				statement.execute("create sequence " + table + "_seq start with " + (used + ALLOCATION)
						+ " increment by " + ALLOCATION);
			}
		}
	}

}
