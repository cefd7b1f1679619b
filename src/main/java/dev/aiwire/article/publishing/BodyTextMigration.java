package dev.aiwire.article.publishing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.aiwire.article.store.ArticleBackfill;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.MarkdownParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Migration V10: fills {@code article.body_text} (added by V9) for the articles stored
 * before it, from their Markdown, as publishing now does at each save. An article whose
 * Markdown no longer parses keeps no search text, and the others are filled.
 */
@Component
class BodyTextMigration extends ArticleBackfill {

	private static final Logger logger = LoggerFactory.getLogger(BodyTextMigration.class);

	private final MarkdownParser parser;

	BodyTextMigration(MarkdownParser parser) {
		super("10", "article body text");
		this.parser = parser;
	}

	@Override
	protected String selectMissing() {
		return "select id, markdown from article where id > ? and body_text is null order by id";
	}

	@Override
	protected String update() {
		return "update article set body_text = ? where id = ?";
	}

	@Override
	protected boolean fill(ResultSet row, PreparedStatement update) throws SQLException {
		long id = row.getLong(1);
		try {
			update.setString(1, RenditionFactory.bodyText(this.parser.parse(row.getString(2))));
		}
		catch (DocumentException ex) {
			logger.warn("Article {} gets no search text: its Markdown no longer parses ({})", id, ex.getMessage());
			return false;
		}
		update.setLong(2, id);
		return true;
	}

	@Override
	protected void filled(int articles) {
		logger.info("Search text of {} articles worked out from their Markdown", articles);
	}

}
