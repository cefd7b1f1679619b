package dev.aiwire.article;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.Tag;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.store.TagRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.publishing.ArticleExtraction;
import dev.aiwire.article.publishing.Corrections;
import dev.aiwire.article.publishing.Rendition;
import dev.aiwire.article.publishing.RenditionFactory;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.timeline.TemporalTagger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

/** The queries behind the reader pages, on the real Flyway migrations. */
@DataJpaTest
class ArticleRepositoryTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

	private final RenditionFactory renditions = new RenditionFactory(new MarkdownParser(), JsonMapper.builder().build(),
			new ArticleExtraction(new TemporalTagger()), Corrections.NONE);

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@BeforeEach
	void publishSomeArticles() {
		save(article().slug("old").date(LocalDate.of(2024, 1, 10)).tags("LLM", "Baidu"));
		save(article().slug("recent").date(LocalDate.of(2024, 5, 30)).tags("LLM"));
		save(article().slug("draft").date(LocalDate.of(2024, 5, 1)).tags("LLM").draft());
		save(article().slug("tomorrow").date(LocalDate.of(2024, 6, 2)).tags("LLM"));
	}

	@Test
	void listsVisibleArticlesNewestFirst() {
		assertThat(this.articles.findVisible(TODAY, PageRequest.of(0, 20))).extracting(Article::getSlug)
			.containsExactly("recent", "old");
	}

	@Test
	void findsAnArticleByTagAndHidesDraftsAndScheduledOnes() {
		assertThat(this.articles.findVisibleByTag("llm", TODAY, PageRequest.of(0, 20))).extracting(Article::getSlug)
			.containsExactly("recent", "old");
		assertThat(this.articles.findVisible("draft", TODAY)).isEmpty();
		assertThat(this.articles.findVisible("tomorrow", TODAY)).isEmpty();
		assertThat(this.articles.findVisible("tomorrow", TODAY.plusDays(1))).isPresent();
	}

	@Test
	void countsTagsOfVisibleArticlesMostUsedFirst() {
		assertThat(this.articles.countVisibleByTag(TODAY)).containsExactly(new TagCount("llm", "LLM", 2),
				new TagCount("baidu", "Baidu", 1));
	}

	@Test
	void readsTheTagsOfSeveralArticlesInTheirOrder() {
		Article old = this.articles.findBySlug("old").orElseThrow();
		List<Object[]> rows = this.articles.findTagRows(List.of(old.getId()));
		assertThat(rows).extracting(row -> row[1]).containsExactly("llm", "baidu");
	}

	private void save(ArticleFixtures fixture) {
		Rendition rendition = this.renditions.render(fixture.markdown());
		Article article = new Article(rendition.frontMatter().slug(), null, Instant.now());
		List<Tag> tagList = rendition.frontMatter()
			.tags()
			.stream()
			.map(name -> this.tags.findBySlug(name.toLowerCase())
				.orElseGet(() -> this.tags.save(new Tag(name.toLowerCase(), name))))
			.toList();
		article.revise(rendition.content(), tagList, Instant.now());
		article.publish(null, rendition.frontMatter().date().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant(),
				java.time.ZoneId.systemDefault());
		this.articles.save(article);
	}

}
