package dev.aiwire.article.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration V83: keys of articles and revisions from sequences, so that Hibernate takes
 * them {@value #BLOCK} at a time and inserts a batch of articles with one statement per
 * table instead of one round trip per row (an identity key is only known once its row is
 * inserted). Each sequence starts where the keys already used end: Hibernate's pooled
 * optimizer reads the last key of a block, so the first block is the {@value #BLOCK} keys
 * after the largest one stored. The start is worked out here, in Java, because neither
 * SQL dialect accepts the other's way of starting a sequence at a computed value; the
 * {@code create sequence} itself is the same on H2 and PostgreSQL. The identity columns
 * stay: both databases accept a key given explicitly.
 */
@Component
class ArticleKeysMigration implements JavaMigration {

	/** Keys taken at once: the entities' {@code allocationSize}. */
	static final int BLOCK = 50;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("83");
	}

	@Override
	public String getDescription() {
		return "article and revision keys from sequences";
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
			createSequence(statement, "article_seq", "article");
			createSequence(statement, "revision_seq", "revision");
		}
	}

	private static void createSequence(Statement statement, String sequence, String table) throws SQLException {
		long used;
		try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
			max.next();
			used = max.getLong(1);
		}
		statement.execute("create sequence " + sequence + " start with " + (used + BLOCK) + " increment by " + BLOCK);
	}

}
