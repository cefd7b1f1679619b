package dev.aiwire.article.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that works out, in Java, a column a SQL migration added, for the
 * articles stored before it: the same code on H2 and PostgreSQL. It reads the articles
 * whose value is missing a hundred at a time, in the order of their ids, so that a large
 * database is never held in memory, and writes each hundred in one batch; on a new
 * database there is nothing to do. A subclass gives its version, the two statements and
 * how one row's value is worked out.
 */
public abstract class ArticleBackfill implements JavaMigration {

	private static final int BATCH = 100;

	private final MigrationVersion version;

	private final String description;

	/**
	 * @param version the migration's version, after the SQL migration adding the column
	 * @param description what it fills, as Flyway's history shows it
	 */
	protected ArticleBackfill(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	/**
	 * The articles still to fill: their id first, with the id as the one parameter
	 * ({@code where id > ? and ... is null order by id}).
	 */
	protected abstract String selectMissing();

	/** The update of one article, its parameters set by {@link #fill}. */
	protected abstract String update();

	/**
	 * Sets the update's parameters from one row of {@link #selectMissing()}.
	 * @return whether the row is to be written; a row that cannot be worked out is left
	 * as it is (say why in the log)
	 */
	protected abstract boolean fill(ResultSet row, PreparedStatement update) throws SQLException;

	/** Logs how many articles were filled, when there were any. */
	protected abstract void filled(int articles);

	@Override
	public final MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public final String getDescription() {
		return this.description;
	}

	@Override
	public final Integer getChecksum() {
		return null;
	}

	@Override
	public final boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public final void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		long after = 0;
		int filled = 0;
		try (PreparedStatement select = connection.prepareStatement(selectMissing());
				PreparedStatement update = connection.prepareStatement(update())) {
			select.setMaxRows(BATCH);
			while (true) {
				int read = 0;
				int written = 0;
				select.setLong(1, after);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						read++;
						after = rows.getLong(1);
						if (fill(rows, update)) {
							update.addBatch();
							written++;
						}
					}
				}
				if (read == 0) {
					break;
				}
				if (written > 0) {
					update.executeBatch();
				}
				filled += written;
			}
		}
		if (filled > 0) {
			filled(filled);
		}
	}

}
