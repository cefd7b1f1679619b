package dev.aiwire.article.publishing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site upgraded with sections, events and quotations already stored under identity keys
 * goes on storing new ones under keys of their own: the sequences start past the keys
 * used.
 */
class PooledKeysMigrationTests {

	private static final String URL = "jdbc:h2:mem:pooled-keys;DB_CLOSE_DELAY=-1";

	@Test
	void newRowsTakeKeysPastThoseAlreadyStored() throws Exception {
		migrate("75");
		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("""
					insert into article (slug, lang, title, summary, published_on, status, reading_minutes, markdown,
					                     html, footer_html, content_hash, created_at, updated_at, version)
					values ('avant', 'fr', 'Avant', 'Résumé', date '2024-05-01', 'PUBLISHED', 1, 'x', 'x', '', 'h',
					        current_timestamp, current_timestamp, 0)""");
			for (int i = 0; i < 3; i++) {
				statement.execute("insert into article_section (article_id, position, html) " + "select id, " + i
						+ ", '<p>x</p>' from article");
			}
			statement.execute("""
					insert into timeline_event (id, article_id, position, timex_value, expression, sentence_index,
					                            sentence_id, sentence, start_date, sort_rank)
					values (120, 1, 0, '2024', '2024', 0, 's0', 'En 2024.', date '2024-01-01', 1)""");
			statement.execute("""
					insert into quote (article_id, position, text, kind, pull, block_index, sentence_index)
					values (1, 0, 'Une citation.', 'INLINE', false, 0, 0)""");

			migrate(null);

			// Hibernate's pooled optimizer reads the last key of a block of 50: the block
			// is the 50 keys up to it
			assertThat(firstKeyOfNextBlock(statement, "article_section")).isEqualTo(4);
			assertThat(firstKeyOfNextBlock(statement, "timeline_event")).isEqualTo(121);
			assertThat(firstKeyOfNextBlock(statement, "quote")).isEqualTo(2);
		}
	}

	private static long firstKeyOfNextBlock(Statement statement, String table) throws Exception {
		try (ResultSet next = statement.executeQuery("select next value for " + table + "_seq")) {
			next.next();
			return next.getLong(1) - PooledKeysMigration.ALLOCATION + 1;
		}
	}

	private static void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(URL, "sa", "")
			.locations("classpath:db/migration")
			.javaMigrations(new PooledKeysMigration());
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
