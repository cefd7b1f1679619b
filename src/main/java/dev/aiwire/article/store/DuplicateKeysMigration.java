package dev.aiwire.article.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Migration V82: gives the articles stored before migration V81 the keys of their title
 * and address, worked out as {@link Article} does at every write (the same Java on H2 and
 * PostgreSQL, where SQL hash functions differ). A hundred articles a batch; on a new
 * database there is nothing to do.
 */
@Component
class DuplicateKeysMigration implements JavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(DuplicateKeysMigration.class);

	private static final int BATCH = 100;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("82");
	}

	@Override
	public String getDescription() {
		return "article title and address keys";
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
		long after = 0;
		int filled = 0;
		try (PreparedStatement select = connection
			.prepareStatement("select id, title, url from article where id > ? and title_key is null order by id");
				PreparedStatement update = connection
					.prepareStatement("update article set title_key = ?, url_key = ? where id = ?")) {
			select.setMaxRows(BATCH);
			while (true) {
				int read = 0;
				select.setLong(1, after);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						read++;
						after = rows.getLong(1);
						setKey(update, 1, Article.keyOf(rows.getString(2)));
						setKey(update, 2, Article.keyOf(rows.getString(3)));
						update.setLong(3, after);
						update.addBatch();
					}
				}
				if (read == 0) {
					break;
				}
				update.executeBatch();
				filled += read;
			}
		}
		if (filled > 0) {
			logger.info("Title and address keys of {} articles worked out for the duplicate check", filled);
		}
	}

	private static void setKey(PreparedStatement statement, int index, Long key) throws SQLException {
		if (key == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, key);
		}
	}

}
