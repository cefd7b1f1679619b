package dev.aiwire.article;

import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of lists and tags are kept until a write: one through this instance empties
 * them as it commits; one another instance made (here, a row changed behind the portal's
 * back) empties them when the system module sees the content version move and calls
 * {@link ArticleService#forgetAggregates()}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:article-counts;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ArticleCountsTests {

	@Autowired
	private PublishingService publishing;

	@Autowired
	private ArticleService articles;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void countsAgainAfterAPublishHere() {
		long before = this.articles.latest(1).totalArticles();
		long tagged = taggedCount("decompte");

		this.publishing.importFile("counts/one.md", article().slug("compte-un").tags("Décompte").bytes(), "tester");

		assertThat(this.articles.latest(1).totalArticles()).isEqualTo(before + 1);
		assertThat(taggedCount("decompte")).isEqualTo(tagged + 1);
		assertThat(this.articles.taggedWith("decompte", "fr", 1).totalArticles()).isEqualTo(tagged + 1);
	}

	@Test
	void keepsTheCountsUntilAnotherInstanceIsSeenToWrite() {
		this.publishing.importFile("counts/two.md", article().slug("compte-deux").tags("Ailleurs").bytes(), "tester");
		long before = this.articles.latest(1).totalArticles();
		assertThat(taggedCount("ailleurs")).isEqualTo(1);

		this.jdbc.sql("update article set status = 'DRAFT' where slug = 'compte-deux'").update();

		assertThat(this.articles.latest(1).totalArticles()).as("kept until a write is seen").isEqualTo(before);
		assertThat(taggedCount("ailleurs")).isEqualTo(1);

		this.articles.forgetAggregates();

		assertThat(this.articles.latest(1).totalArticles()).isEqualTo(before - 1);
		assertThat(taggedCount("ailleurs")).isZero();
	}

	private long taggedCount(String slug) {
		return this.articles.tags()
			.stream()
			.filter((tag) -> tag.slug().equals(slug))
			.mapToLong(TagCount::articles)
			.sum();
	}

}
