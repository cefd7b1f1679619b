package dev.aiwire.article.store;

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
 * A site upgraded with articles and revisions already stored under identity keys goes on
 * storing new ones after them: the sequences of migration V83 start past the largest key,
 * and hand out one block of keys after another.
 */
class ArticleKeysMigrationTests {

	/** Keys taken at once: the entities' {@code allocationSize}. */
	private static final int BLOCK = 50;

	private static final String URL = "jdbc:h2:mem:article-keys;DB_CLOSE_DELAY=-1";

	@Test
	void newArticlesAndRevisionsTakeKeysAfterThoseStored() throws Exception {
		migrate(Flyway.configure().target("82"));
		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				Statement statement = connection.createStatement()) {
			for (String slug : new String[] { "premier", "second", "troisieme" }) {
				statement.execute(
						"""
								insert into article (slug, lang, title, summary, published_on, status, reading_minutes, markdown,
								                     html, footer_html, content_hash, created_at, updated_at, version)
								values ('%s', 'fr', 'Titre', 'Résumé', date '2024-05-01', 'PUBLISHED', 1, 'x', 'x', '', 'h',
								        current_timestamp, current_timestamp, 0)"""
							.formatted(slug));
			}
			statement.execute("""
					insert into revision (article_id, number, markdown, content_hash, editor, created_at)
					select id, 1, 'x', 'h', 'import', current_timestamp from article""");

			migrate(Flyway.configure());

			for (String table : new String[] { "article", "revision" }) {
				long used = maxKey(statement, table);
				assertThat(used).as("keys of %s stored before", table).isEqualTo(3);
				// Hibernate reads the last key of a block: the block is the keys up to it
				long first = nextValue(statement, table + "_seq") - BLOCK + 1;
				assertThat(first).as("first new key of %s", table).isGreaterThan(used);
				assertThat(nextValue(statement, table + "_seq") - BLOCK + 1).as("next block of %s", table)
					.isEqualTo(first + BLOCK);
			}
		}
	}

	private static void migrate(FluentConfiguration configuration) {
		configuration.dataSource(URL, "sa", "")
			.locations("classpath:db/migration")
			.javaMigrations(new DuplicateKeysMigration())
			.load()
			.migrate();
	}

}
