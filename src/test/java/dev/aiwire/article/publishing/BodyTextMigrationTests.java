package dev.aiwire.article.publishing;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import dev.aiwire.article.ArticleCatalog;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Articles stored before the search text was kept get it from their Markdown, once. */
@SpringBootTest
@ActiveProfiles("test")
class BodyTextMigrationTests {

	@Autowired
	private PublishingService publishing;

	@Autowired
	private BodyTextMigration migration;

	@Autowired
	private ArticleCatalog catalog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void givesArticlesStoredWithoutSearchTextTheTextOfTheirMarkdown() throws Exception {
		long id = this.publishing.importFile("test/before-v9.md",
				article().slug("avant-v9").body("Un paragraphe d'avant.\n\n## Partie\n\nLa suite.\n").bytes(), "tester")
			.articleId();
		this.jdbc.sql("update article set body_text = null where id = :id").param("id", id).update();

		try (Connection connection = this.dataSource.getConnection()) {
			Context context = mock(Context.class);
			given(context.getConnection()).willReturn(connection);
			this.migration.migrate(context);
		}

		assertThat(this.catalog.indexable(List.of(id))).singleElement()
			.satisfies(found -> assertThat(found.text()).isEqualTo("Un paragraphe d'avant.\nPartie\nLa suite.\n"));
	}

}
