package dev.aiwire.article.desk;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleContent;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.publishing.RenditionFactory;
import dev.aiwire.markdown.MarkdownParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * An editor's save parses the Markdown once: the preview's rendition is what is stored,
 * the slug written into the front matter without parsing again, and the search text kept
 * from that parse. What is stored is what a new parse of the stored Markdown gives.
 */
@SpringBootTest
@ActiveProfiles("test")
class ParseOnceTests {

	@MockitoSpyBean
	private MarkdownParser parser;

	@Autowired
	private EditingService editing;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private RenditionFactory renditions;

	@BeforeEach
	void forgetEarlierParses() {
		clearInvocations(this.parser);
	}

	@Test
	void parsesANewArticleOnceWhenAnEditorPublishesIt() {
		PublishResult result = this.editing.create(article().title("Une seule lecture").markdown(), "claire");

		verify(this.parser, times(1)).parse(anyString());
		assertThat(result.slug()).isEqualTo("une-seule-lecture");
	}

	@Test
	void parsesANewVersionOnceWhenAnEditorSavesIt() {
		PublishResult created = this.editing.create(article().title("Deux versions").markdown(), "claire");
		DeskArticle draft = this.editing.draft(created.articleId());
		clearInvocations(this.parser);

		this.editing.update(created.articleId(), draft.version(), draft.markdown().replace("Un texte.", "Un autre."),
				"marc");

		verify(this.parser, times(1)).parse(anyString());
	}

	@Test
	void storesWhatAFreshParseOfTheStoredMarkdownGives() {
		PublishResult result = this.editing.create(article().title("Relue à neuf")
			.body("Le 14 mars, Robin Li a déclaré :\n\n> Il faut publier plus vite.\n\n## Suite\n\nFin.\n")
			.markdown(), "claire");
		Article stored = this.articles.findById(result.articleId()).orElseThrow();

		ArticleContent fresh = this.renditions.render(stored.getMarkdown()).content();

		assertThat(stored.getMarkdown()).contains("\nslug: relue-a-neuf\n");
		assertThat(stored.getContentHash()).isEqualTo(fresh.contentHash());
		assertThat(stored.getHtml()).isEqualTo(fresh.html());
		assertThat(stored.getBodyText()).isEqualTo(fresh.bodyText()).contains("Il faut publier plus vite.");
	}

}
