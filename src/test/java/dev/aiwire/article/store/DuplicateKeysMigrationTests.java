package dev.aiwire.article.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;

import javax.sql.DataSource;

import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.publishing.PublishingService;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Articles stored before the title and address keys were kept get them once, and an
 * upload of the same original, or of the same text under the same title, is then found a
 * duplicate of them.
 */
@SpringBootTest
@ActiveProfiles("test")
class DuplicateKeysMigrationTests {

	private static final String TITLE = "Un article d'avant les clés";

	private static final String URL = "https://www.ifanr.com/avant-les-cles";

	@Autowired
	private PublishingService publishing;

	@Autowired
	private EditingService editing;

	@Autowired
	private DuplicateKeysMigration migration;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void givesArticlesStoredWithoutKeysTheKeysOfTheirTitleAndAddress() throws Exception {
		long id = this.publishing
			.importFile("test/before-v81.md",
					article(TITLE, "2023-11-02", URL, "Un texte d'avant.").getBytes(StandardCharsets.UTF_8), "tester")
			.articleId();
		this.jdbc.sql("update article set title_key = null, url_key = null where id = :id").param("id", id).update();
		String sameOriginal = article("Une autre traduction", "2023-11-28", URL, "Un autre texte.");
		String sameTitle = article(TITLE, "2023-11-28", null, "Un texte d'avant !");
		assertThat(this.editing.preview(sameOriginal).duplicates()).isEmpty();
		assertThat(this.editing.preview(sameTitle).duplicates()).isEmpty();

		try (Connection connection = this.dataSource.getConnection()) {
			Context context = mock(Context.class);
			given(context.getConnection()).willReturn(connection);
			this.migration.migrate(context);
		}

		assertThat(this.editing.preview(sameOriginal).duplicates()).singleElement()
			.satisfies(found -> assertThat(found.articleId()).isEqualTo(id))
			.satisfies(found -> assertThat(found.sameUrl()).isTrue());
		assertThat(this.editing.preview(sameTitle).duplicates()).singleElement()
			.satisfies(found -> assertThat(found.articleId()).isEqualTo(id))
			.satisfies(found -> assertThat(found.sameText()).isTrue());
	}

	private static String article(String title, String date, String url, String text) {
		return """
				---
				title: "%s"
				date: %s
				source: ifanr
				%s
				---

				%s
				""".formatted(title, date, (url != null) ? "url: \"" + url + "\"" : "", text);
	}

}
