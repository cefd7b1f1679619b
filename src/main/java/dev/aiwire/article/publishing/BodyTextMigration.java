package dev.aiwire.article.publishing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.MarkdownParser;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Migration V10: fills {@code article.body_text} (added by V9) for the articles stored
 * before it, from their Markdown, as publishing now does at each save. A hundred articles
 * a batch, so that a large database is never held in memory; on a new database there is
 * nothing to do.
 */
@Component
class BodyTextMigration implements JavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(BodyTextMigration.class);

	private static final int BATCH = 100;

	private final MarkdownParser parser;

	BodyTextMigration(MarkdownParser parser) {
		this.parser = parser;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("10");
	}

	@Override
	public String getDescription() {
		return "article body text";
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
		while (true) {
			List<Long> ids = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			int read = 0;
			try (PreparedStatement select = connection
				.prepareStatement("select id, markdown from article where id > ? and body_text is null order by id")) {
				select.setLong(1, after);
				select.setMaxRows(BATCH);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						read++;
						after = rows.getLong(1);
						try {
							texts.add(RenditionFactory.bodyText(this.parser.parse(rows.getString(2))));
							ids.add(after);
						}
						catch (DocumentException ex) {
							logger.warn("Article {} gets no search text: its Markdown no longer parses ({})", after,
									ex.getMessage());
						}
					}
				}
			}
			if (read == 0) {
				break;
			}
			try (PreparedStatement update = connection
				.prepareStatement("update article set body_text = ? where id = ?")) {
				for (int i = 0; i < ids.size(); i++) {
					update.setString(1, texts.get(i));
					update.setLong(2, ids.get(i));
					update.addBatch();
				}
				update.executeBatch();
			}
			filled += ids.size();
		}
		if (filled > 0) {
			logger.info("Search text of {} articles worked out from their Markdown", filled);
		}
	}

}
