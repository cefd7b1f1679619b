package dev.aiwire.article.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Migration V82: gives the articles stored before migration V81 the keys of their title
 * and address, worked out as {@link Article} does at every write (SQL hash functions
 * differ between H2 and PostgreSQL).
 */
@Component
class DuplicateKeysMigration extends ArticleBackfill {

	private static final Logger logger = LoggerFactory.getLogger(DuplicateKeysMigration.class);

	DuplicateKeysMigration() {
		super("82", "article title and address keys");
	}

	@Override
	protected String selectMissing() {
		return "select id, title, url from article where id > ? and title_key is null order by id";
	}

	@Override
	protected String update() {
		return "update article set title_key = ?, url_key = ? where id = ?";
	}

	@Override
	protected boolean fill(ResultSet row, PreparedStatement update) throws SQLException {
		setKey(update, 1, Article.keyOf(row.getString(2)));
		setKey(update, 2, Article.keyOf(row.getString(3)));
		update.setLong(3, row.getLong(1));
		return true;
	}

	@Override
	protected void filled(int articles) {
		logger.info("Title and address keys of {} articles worked out for the duplicate check", articles);
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
