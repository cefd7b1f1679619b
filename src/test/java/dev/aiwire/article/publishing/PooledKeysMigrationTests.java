package dev.aiwire.article.publishing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import static dev.aiwire.article.KeyQueries.maxKey;
import static dev.aiwire.article.KeyQueries.nextValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site upgraded with sections, events and quotations already stored under identity keys
 * goes on storing new ones under keys of their own, after the old ones: the sequences of
 * migration V80 hand out blocks of keys past those used.
 */
class PooledKeysMigrationTests {

	private static final String URL = "jdbc:h2:mem:pooled-keys;DB_CLOSE_DELAY=-1";

	/** Keys Hibernate takes from a sequence at once (the entities' allocationSize). */
	private static final int BLOCK = 50;

	@Test
	void newRowsTakeKeysPastThoseAlreadyStored() throws Exception {
		migrate(Flyway.configure().target("75"));
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
					values (987654, 1, 0, '2024', '2024', 0, 's0', 'En 2024.', date '2024-01-01', 1)""");
			statement.execute("""
					insert into quote (article_id, position, text, kind, pull, block_index, sentence_index)
					values (1, 0, 'Une citation.', 'INLINE', false, 0, 0)""");

			migrate(Flyway.configure());

			for (String table : new String[] { "article_section", "timeline_event", "quote" }) {
				long used = maxKey(statement, table);
				// Hibernate reads the last key of a block: the block is the keys up to it
				long first = nextValue(statement, table + "_seq") - BLOCK + 1;
				assertThat(first).as("first new key of %s", table).isGreaterThan(used);
				assertThat(nextValue(statement, table + "_seq") - BLOCK + 1).as("next block of %s", table)
					.isEqualTo(first + BLOCK);
			}
		}
	}

	private static void migrate(FluentConfiguration configuration) {
		configuration.dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
	}

}
